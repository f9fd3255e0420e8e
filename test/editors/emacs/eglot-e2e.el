;;; eglot-e2e.el --- Headless Emacs + eglot as a real LSP client of Crosscheck  -*- lexical-binding: t; -*-
;; Opens $LSP_TEST_FILE, starts eglot with $LSP_CMD (JSON array), waits for flymake diagnostics,
;; hovers at $HOVER_LINE:$HOVER_CHAR, asks eglot for the quickfix code actions on that diagnostic,
;; applies the one titled $ACTION_TITLE the way eglot does, and writes what it saw as JSON to $OUT.
(require 'package)
(setq package-user-dir (expand-file-name "elpa" user-emacs-directory))
(package-initialize)                    ; Debian's elpa-eglot lives in /usr/share/emacs/site-lisp/elpa
(require 'eglot)
(require 'json)

(defvar e2e-result nil "Alist written to $OUT as JSON.")
(defun e2e-set (key value) (setq e2e-result (cons (cons key value) e2e-result)))
(defun e2e-finish (ok)
  (with-temp-file (getenv "OUT") (insert (json-encode e2e-result)))
  (kill-emacs (if ok 0 1)))

(defun e2e-line-col (pos)
  "0-based line and character (code points; the tested line has no astral characters) of POS."
  (save-excursion (goto-char pos)
                  (vector (1- (line-number-at-pos)) (- pos (line-beginning-position)))))

(setq eglot-sync-connect t
      eglot-autoshutdown t
      eglot-events-buffer-size 0)
(setq debug-on-error nil)
(defun e2e-fail-on-error (error-data)
  (e2e-set 'error (error-message-string error-data))
  (e2e-finish nil))

(condition-case error-data
(let ((command (append (json-read-from-string (getenv "LSP_CMD")) nil))
      (timeout (/ (string-to-number (or (getenv "TIMEOUT_MS") "30000")) 1000.0)))
  (add-to-list 'eglot-server-programs `(text-mode . ,command))
  ;; the workspace is the seeds copy, not the git checkout around it
  (setq project-find-functions (list (lambda (_dir) (cons 'transient (file-name-as-directory (getenv "LSP_ROOT"))))))
  (find-file (getenv "LSP_TEST_FILE"))
  (text-mode)
  (e2e-set 'emacs emacs-version)
  (apply #'eglot (eglot--guess-contact))
  (let ((deadline (+ (float-time) timeout)) (started (float-time)))
    (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (flymake-diagnostics) (e2e-set 'error "no diagnostics") (e2e-finish nil))
    (e2e-set 'diagnostics_ms (round (* 1000 (- (float-time) started)))))
  (e2e-set 'diagnostics
           (vconcat (mapcar (lambda (d) `((start . ,(e2e-line-col (flymake-diagnostic-beg d)))
                                          (end . ,(e2e-line-col (flymake-diagnostic-end d)))
                                          (type . ,(symbol-name (flymake-diagnostic-type d)))
                                          (message . ,(flymake-diagnostic-text d))))
                            (flymake-diagnostics))))
  (goto-char (point-min))
  (forward-line (string-to-number (getenv "HOVER_LINE")))
  (forward-char (string-to-number (getenv "HOVER_CHAR")))
  (let* ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                 (eglot--TextDocumentPositionParams)))
         (contents (plist-get hover :contents)))
    (e2e-set 'hover (if (stringp contents) contents (plist-get contents :value)))
    (e2e-set 'hover_shown (and contents (eglot--hover-info contents))))
  ;; The diagnostic under point and the quickfixes eglot offers for it (M-x eglot-code-actions).
  (let* ((diagnostic (car (flymake-diagnostics (point))))
         (actions (eglot-code-actions (flymake-diagnostic-beg diagnostic) (flymake-diagnostic-end diagnostic) "quickfix"))
         (chosen (seq-find (lambda (a) (equal (plist-get a :title) (getenv "ACTION_TITLE"))) actions)))
    (e2e-set 'action_titles (vconcat (mapcar (lambda (a) (plist-get a :title)) actions)))
    (when chosen
      (let ((edit (plist-get chosen :edit)) (command (plist-get chosen :command)))
        (when edit (eglot--apply-workspace-edit edit))
        (when command
          (eglot-execute-command (eglot--current-server-or-lose) (intern (plist-get command :command))
                                 (plist-get command :arguments))))
      (e2e-set 'applied (plist-get chosen :title)))
    (e2e-set 'text_after (buffer-substring-no-properties (point-min) (point-max)))
    (eglot-shutdown (eglot--current-server-or-lose))
    (e2e-finish (and chosen t))))
  (error (e2e-fail-on-error error-data)))
