-- Headless Neovim (0.7+) as a real LSP client of Crosscheck: open the file, wait for the server's
-- diagnostics, hover, ask for code actions on the diagnostic under the cursor, apply the one titled
-- $ACTION_TITLE the way Neovim applies edits, and write what the editor saw as JSON to $OUT.
local env = vim.env
local out = { nvim = string.format('%d.%d.%d', vim.version().major, vim.version().minor, vim.version().patch) }
local function finish(ok)
  local handle = io.open(env.OUT, 'w')
  handle:write(vim.fn.json_encode(out))
  handle:close()
  vim.cmd(ok and 'qall!' or 'cquit!')
end

local timeout = tonumber(env.TIMEOUT_MS or '30000')
local line, character = tonumber(env.HOVER_LINE), tonumber(env.HOVER_CHAR)
vim.cmd('edit ' .. vim.fn.fnameescape(env.LSP_TEST_FILE))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'crosscheck',
  cmd = vim.fn.json_decode(env.LSP_CMD),
  root_dir = env.LSP_ROOT,
  workspace_folders = { { uri = vim.uri_from_fname(env.LSP_ROOT), name = 'seeds' } },
})
if not client_id then out.error = 'start_client failed'; return finish(false) end
vim.lsp.buf_attach_client(bufnr, client_id)

local started = vim.loop.hrtime()
if not vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
  out.error = 'no diagnostics within ' .. timeout .. ' ms'
  return finish(false)
end
out.diagnostics_ms = math.floor((vim.loop.hrtime() - started) / 1e6)
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(out.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, message = d.message, source = d.source, code = d.code,
  })
end

local position = { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = { line = line, character = character } }
local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', position, timeout) or {}
out.hover = {}
for _, response in pairs(hover) do
  if response.result then
    -- the lines Neovim would show in its hover window
    local lines = vim.lsp.util.convert_input_to_markdown_lines(response.result.contents)
    table.insert(out.hover, table.concat(vim.lsp.util.trim_empty_lines(lines), '\n'))
  end
end

-- Code actions for the diagnostics on the hovered line, as `:lua vim.lsp.buf.code_action()` asks.
vim.api.nvim_win_set_cursor(0, { line + 1, character })
local context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, line), only = { 'quickfix' } }
local action_params = vim.lsp.util.make_range_params()
action_params.context = context
local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', action_params, timeout) or {}
out.action_titles = {}
local chosen
for _, response in pairs(actions) do
  for _, action in ipairs(response.result or {}) do
    table.insert(out.action_titles, action.title)
    if action.title == env.ACTION_TITLE then chosen = action end
  end
end
if chosen then
  local client = vim.lsp.get_client_by_id(client_id)
  if chosen.edit then vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding) end
  if type(chosen.command) == 'table' then
    vim.lsp.buf_request_sync(bufnr, 'workspace/executeCommand', chosen.command, timeout)
  end
  out.applied = chosen.title
end
out.text_after = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish(chosen ~= nil and #out.hover > 0)
