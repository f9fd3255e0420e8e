#!/usr/bin/env python3
"""Severity-aware counts the shared scorer does not print, with its own matching (its nums/matches, read from it).
usage: gold-events-info.py SCORER EXPECTED_DIR RESULTS_DIR
Prints one line: how many agreements and look-alikes (the scorer's negatives) get an information finding (one that
matches two of their mentions: the scorer does not count it as a false flag), how many disagreements are surfaced by
information findings only, how many findings of each severity there are, and of the findings the scorer counts as
matching nothing listed (used for no surfaced disagreement and no flag), how many pair two mentions of a listed
agreement or look-alike (information findings there) and the kinds of the rest ("internal" one file's figures)."""
import json, os, sys

scorer, exp_dir, res_dir = sys.argv[1:4]
definitions = {}
exec(open(scorer).read().split('exp_dir, res_dir')[0], definitions)
nums, mentions_hit, INFO = definitions['nums'], definitions['mentions_hit'], definitions['INFO']

def informational(finding): return str(finding.get('severity', '')).lower() in INFO

neg = neg_info = pos = pos_info_only = 0
severities = {}
stray_on_listed = 0
stray_kinds = {}
for fn in sorted(os.listdir(exp_dir)):
    exp = json.load(open(os.path.join(exp_dir, fn)))
    try: res = json.load(open(os.path.join(res_dir, fn)))
    except Exception: res = {'claims': [], 'conflicts': []}
    claims = {c['id']: c for c in res.get('claims', []) + res.get('eventDates', [])}
    findings = [(f, [claims[i] for i in f.get('claims', []) if i in claims]) for f in res.get('conflicts', [])]
    for f, _ in findings:
        severity = str(f.get('severity', ''))
        severities[severity] = severities.get(severity, 0) + 1
    used = set()
    for item in exp['items']:
        kind, sec = item.get('kind'), item['section']
        if sec in ('agree', 'traps') or (sec == 'disagree' and kind == 'scope'):
            neg += 1
            neg_info += any(informational(f) and len(mentions_hit(cl, item)) >= 2 for f, cl in findings)
        elif sec == 'disagree' and kind in ('conflict', 'revision', 'conversion'):
            pos += 1
            def surfaces(cl):
                hit = mentions_hit(cl, item)
                return len(hit) >= 2 and len({frozenset(nums(item['mentions'][i]['value'])) for i in hit}) >= 2
            by = [informational(f) for f, cl in findings if surfaces(cl)]
            pos_info_only += bool(by) and all(by)
            used.update(idx for idx, (f, cl) in enumerate(findings) if surfaces(cl))
    negatives = [item for item in exp['items'] if item['section'] in ('agree', 'traps')
                 or (item['section'] == 'disagree' and item.get('kind') == 'scope')]
    for idx, (f, cl) in enumerate(findings):
        if not informational(f) and any(len(mentions_hit(cl, item)) >= 2 for item in negatives): used.add(idx)
    for idx, (f, cl) in enumerate(findings):
        if idx in used: continue
        if any(len(mentions_hit(cl, item)) >= 2 for item in negatives): stray_on_listed += 1
        else: stray_kinds[f.get('kind', '?')] = stray_kinds.get(f.get('kind', '?'), 0) + 1
counts = ', '.join(f'{n} {s}' for s, n in sorted(severities.items()))
print(f'agreements/look-alikes with an information finding {neg_info}/{neg}, '
      f'disagreements surfaced by information only {pos_info_only}/{pos}; findings: {counts or "none"}; '
      f'matching nothing: {stray_on_listed} on a listed agreement or look-alike, the rest by kind '
      + (', '.join(f'{n} {k}' for k, n in sorted(stray_kinds.items())) or 'none'))
