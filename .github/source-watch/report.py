#!/usr/bin/env python3
"""The source watch's report, for .github/workflows/sources.yml: runs `couverture sources check`
on each ruleset given and, when anything drifted, writes the body of the one GitHub issue the
workflow opens or updates (Markdown). Writes nothing when nothing drifted. Posting is the
workflow's next step (gh), so this script never talks to GitHub and tests run it as it is.

  report.py --cli build/native/engine/cli/couverture --out issue.md engine/rulesets/*.json

Each ruleset's snapshots are in SNAPSHOTS_ROOT/<file name without .json>/ (default
engine/rulesets/snapshots). With --refresh DIR, each ruleset and its snapshots are first copied to
DIR and checked there with --update: DIR then holds refreshed snapshots and `checked` dates to
review and commit; the repository's own files are never changed.

Exit status: 0 nothing drifted (no file written), 1 something drifted (body written), 2 a check
could not run (body written all the same if another ruleset drifted)."""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys

MARKER = '<!-- couverture-source-watch -->'
TITLE = 'Official sources changed under the rules'


def safe(text):
    """Page text in the issue: no @mention pings anyone, and a table cell stays one cell."""
    return text.replace('@', '&#64;').replace('|', '&#124;')


def students(use):
    s = use.get('students') or {}
    count = s.get('classes', 0)
    if count == 0:
        return 'no class of students (it never decides)'
    text = ('at least ' if s.get('at_least') else '') + f"{count} class{'es' if count != 1 else ''}"
    if s.get('example'):
        text += f": e.g. {s['example']}"
        if s.get('answers') is not None:
            text += f" (`{json.dumps(s['answers'], ensure_ascii=False)}`)"
    return text


def use_name(use):
    if use['kind'] == 'row':
        return f"{use['decision']}: row `{use['id']}`"
    if use['kind'] == 'item':
        return f"{use['decision']}: {use['group']} `{use['id']}`"
    until = f" until {use['until']}" if use.get('until') else ''
    return f"parameter `{use['parameter']}` from {use['from']}{until}"


def uses_rows(uses):
    """Markdown table rows: what rests on a quote, and which students that reaches."""
    rows = []
    for use in uses or []:
        if use['kind'] != 'period':
            rows.append(f"| {use_name(use)} | {students(use)} |")
            continue
        shown = use.get('shown_in') or []
        rows.append(f"| {use_name(use)} | students assessed in that period, where its value is shown: |")
        for inner in shown:
            rows.append(f"| &nbsp;&nbsp;↳ {use_name(inner)} | {students(inner)} |")
        if not shown:
            rows.append('| &nbsp;&nbsp;↳ no text shows it | |')
    return rows


def quote_block(text):
    return '\n'.join('> ' + safe(line) for line in text.splitlines() or [''])


def differences(items):
    return '; '.join(f"“{safe(d['before'])}” → “{safe(d['after'])}”" for d in items)


def ruleset_section(name, report):
    lines = [f"## {name} ({report['ruleset']} {report['version']})", '']
    lines.append(f"{len(report['problems'])} problem(s):")
    lines += [f"- {safe(p)}" for p in report['problems']]
    for source in report['sources']:
        link = f"[{source['title']}]({source['url']})" if source.get('url') else source['title']
        drifted = [q for q in source['quotes'] if q['state'] in ('changed', 'missing')]
        unchecked = [q for q in source['quotes'] if q['state'] == 'not_checked'] if source.get('problem') else []
        page_changed = source['snapshot']['state'] == 'changed' and not source.get('updated')
        if not (drifted or unchecked or page_changed or source.get('problem')):
            continue
        lines += ['', f"### `{source['id']}`: {link}", '']
        if source.get('problem'):
            lines.append(f"**{safe(source['problem'])}**")
            lines.append('')
        if page_changed:
            snap = source['snapshot']
            lines.append(f"The page's text changed since the snapshot of {snap['fetched']}:")
            for change in snap['changes']:
                if change['kind'] == 'changed':
                    lines.append(f"- changed: “{safe(change['before'])}” → “{safe(change['after'])}”"
                                 + (f" ({differences(change['differences'])})" if change['differences'] else ''))
                elif change['kind'] == 'removed':
                    lines.append(f"- removed: “{safe(change['before'])}”")
                else:
                    lines.append(f"- added: “{safe(change['after'])}”")
            if snap.get('more_changes'):
                lines.append(f"- and {snap['more_changes']} more")
            lines.append('')
        for q in drifted + unchecked:
            state = {'changed': 'changed', 'missing': 'not found', 'not_checked': 'not checked'}[q['state']]
            lines += [f"#### Quote `{q['citation']}` {state} ({q['section']})", '', 'The ruleset quotes:',
                      quote_block(q['quote']), '']
            for passage in q.get('passages') or []:
                lines += ['The page now says:', quote_block(passage['text']), '']
                if passage['differences']:
                    lines += [f"Differs: {differences(passage['differences'])}", '']
            lines += ['| rests on it | students |', '|---|---|'] + uses_rows(q.get('uses'))
            lines.append('')
    return lines


def body(results, date):
    lines = [MARKER, f'# {TITLE}', '',
             f'`couverture sources check` found drift on {date}. Each quote below is the text a rule '
             'rests on; the table says which rows, outcome items and parameter periods use it and '
             'which students they decide.', '']
    run = os.environ.get('GITHUB_RUN_ID')
    if run and os.environ.get('GITHUB_REPOSITORY'):
        server = os.environ.get('GITHUB_SERVER_URL', '')
        lines += [f"Workflow run: {server}/{os.environ['GITHUB_REPOSITORY']}/actions/runs/{run}", '']
    for name, report in results:
        lines += ruleset_section(name, report)
    lines += ['', '## What to do', '',
              '1. Open each page and read the passage: is the rule still right?',
              '2. Edit the ruleset (quote, amount, row), then `couverture check --strict` and '
              '`couverture diff` to see which students your edit changes (engine/README.md, guide '
              'for ruleset authors).',
              '3. `couverture sources check --update --rules FILE --snapshots DIR`, review the '
              'snapshots and dates it rewrote, commit.',
              '', 'This issue is updated by each run while something drifts; close it once fixed.']
    return '\n'.join(lines) + '\n'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--cli', required=True)
    parser.add_argument('--out', required=True, help='where to write the issue body')
    parser.add_argument('--snapshots-root', default='engine/rulesets/snapshots')
    parser.add_argument('--refresh', help='check copies here with --update')
    parser.add_argument('--timeout', help='seconds per page (couverture sources check --timeout)')
    parser.add_argument('--pause', help='milliseconds between requests to one host')
    parser.add_argument('--date', help='YYYY-MM-DD instead of today')
    parser.add_argument('rulesets', nargs='+')
    args = parser.parse_args()

    out = pathlib.Path(args.out)
    if out.exists():
        out.unlink()
    results, trouble, date = [], False, args.date
    for ruleset in args.rulesets:
        ruleset = pathlib.Path(ruleset)
        snapshots = pathlib.Path(args.snapshots_root) / ruleset.stem
        target = ruleset
        command = [args.cli, 'sources', 'check', '--json', '--snapshots']
        if args.refresh:
            refresh = pathlib.Path(args.refresh)
            (refresh / 'snapshots').mkdir(parents=True, exist_ok=True)
            target = refresh / ruleset.name
            shutil.copyfile(ruleset, target)
            copy = refresh / 'snapshots' / ruleset.stem
            if snapshots.is_dir():
                shutil.copytree(snapshots, copy, dirs_exist_ok=True)
            snapshots = copy
            command.append(str(snapshots))
            command.append('--update')
        else:
            command.append(str(snapshots))
        command += ['--rules', str(target)]
        for flag in ('timeout', 'pause', 'date'):
            if getattr(args, flag):
                command += [f'--{flag}', getattr(args, flag)]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.stderr.write(f'{ruleset}: {run.stderr.strip()}\n')
            trouble = True
            continue
        report = json.loads(run.stdout)
        date = date or report['date']
        print(f"{ruleset}: {len(report['problems'])} problem(s)")
        for problem in report['problems']:
            print(f'  {problem}')
        if report['drifted']:
            results.append((str(ruleset), report))
    if results:
        out.write_text(body(results, date), encoding='utf-8')
        print(f'wrote {out}')
    return 2 if trouble else 1 if results else 0


if __name__ == '__main__':
    sys.exit(main())
