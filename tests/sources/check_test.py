#!/usr/bin/env python3
"""`couverture sources check` end to end against a local fixture server (127.0.0.1 only): every
fixture of issue 23 gives its documented state, exit status and report, in text and in JSON; the
snapshots and --update; and the scheduled workflow's script (.github/source-watch/report.py)
writing an issue body for a changed CVEC amount in the shipped current rules, and nothing when
nothing drifted.

Run by CTest with COUVERTURE_CLI set to the built `couverture`."""
import copy
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from fixture_server import FixtureServer, Page, pdf  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = os.environ.get('COUVERTURE_CLI', str(ROOT / 'build/native/engine/cli/couverture'))
FIXTURE = json.loads((ROOT / 'tests/sources/fixture-rules.json').read_text(encoding='utf-8'))
DATE = '2026-12-07'
CAP = 8 << 20  # the page size cap documented in engine/README.md


def quotes(rules, source_id):
    """(citation id, quote in the source's language) of one source, from the ruleset itself."""
    source = next(s for s in rules['sources'] if s['id'] == source_id)
    return [(cid, c['quote'][source['language']]) for cid, c in rules['citations'].items()
            if c.get('source') == source_id]


def as_on_page(quote):
    """A quote as a page writes it: an elision ("…") stands for words the page has."""
    return quote.replace(' … ', ' (whatever the page says here) ')


def html(paragraphs, head='<title>Fixture</title>'):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">' + head +
            '<script>var hidden = "not visible text";</script><style>p{}</style></head><body>'
            '<nav>Menu <a href="/">Home</a></nav><main>' +
            ''.join(f'<p>{p}</p>\n' for p in paragraphs) +
            '</main><footer>Footer</footer></body></html>')


MINISTRY = [q for _, q in quotes(FIXTURE, 'ministry')]
CAMPUS = dict(quotes(FIXTURE, 'campus'))


def campus_page(transform=lambda cid, q: q):
    return html([transform(cid, as_on_page(q)) for cid, q in CAMPUS.items()])


def split_fee(cid, quote):
    """fee_2025 split across <strong> and a line break, as a page may set the amount."""
    if cid != 'fee_2025':
        return quote
    return quote.replace('105 euros ', '<strong>105\n euros</strong><br>\n')


def typographic(cid, quote):
    """Curly apostrophes for straight ones and back, “ ” for « », no-break and thin spaces."""
    quote = quote.replace('’', '\x00').replace("'", '’').replace('\x00', "'")
    quote = quote.replace('« ', '“').replace(' »', '”')
    return quote.replace(' 105 ', '\u00a0105\u202f').replace(' est ', ' est&nbsp;')


def pages(server):
    p = server.pages
    p['/unchanged'] = Page(html(as_on_page(q) for q in MINISTRY).encode())
    p['/amount-changed'] = Page(campus_page(
        lambda cid, q: q.replace('105', '110') if cid == 'fee_2025' else q).encode())
    p['/split'] = Page(campus_page(split_fee).encode())
    p['/typographic'] = Page(campus_page(typographic).encode())
    p['/moved'] = Page(b'', status=301, headers={'Location': server.url('/unchanged')})
    p['/not-found'] = Page(b'<p>Not found</p>', status=404)
    p['/gone'] = Page(b'<p>Gone</p>', status=410)
    p['/never'] = Page(never_answers=True)
    p['/huge'] = Page(b'<p>' + b'x' * CAP + b'</p>')
    p['/huge-streamed'] = Page(b'<p>' + b'x' * CAP + b'</p>', streamed=True)
    latin1 = html(as_on_page(q).replace('’', "'") for q in CAMPUS.values()).replace(
        'charset="utf-8"', 'charset="iso-8859-1"')
    p['/latin1'] = Page(latin1.encode('latin-1'), content_type='text/html; charset=ISO-8859-1')
    p['/notice.pdf'] = Page(pdf(['Notice (fixture)'] + [as_on_page(q) for q in MINISTRY]),
                            content_type='application/pdf')
    rewritten = [q for q in MINISTRY if 'due before' not in q] + ['The office moved upstairs.']
    p['/rewritten'] = Page(html(as_on_page(q) for q in rewritten).encode())


def run(args, timeout=60):
    return subprocess.run([CLI] + args, capture_output=True, text=True, timeout=timeout)


class SourcesCheck(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = FixtureServer().__enter__()
        pages(cls.server)
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = pathlib.Path(cls.tmp.name)

    @classmethod
    def tearDownClass(cls):
        cls.server.__exit__(None, None, None)
        cls.tmp.cleanup()

    def rules(self, name, ministry=None, campus=None, dump=lambda r: json.dumps(r, indent=2)):
        """The fixture ruleset with each source pointed at a fixture path (or without address)."""
        rules = copy.deepcopy(FIXTURE)
        for source, path in (('ministry', ministry), ('campus', campus)):
            entry = next(s for s in rules['sources'] if s['id'] == source)
            if path:
                entry['url'] = self.server.url(path)
            else:
                del entry['url']
        file = self.dir / f'{name}.json'
        file.write_text(dump(rules), encoding='utf-8')
        return file

    def check(self, name, *, ministry=None, campus=None, extra=(), timeout='5'):
        """Runs the check twice, text then JSON: both must exit alike. Returns (status, text, json)."""
        file = self.rules(name, ministry, campus)
        base = ['sources', 'check', '--rules', str(file), '--date', DATE, '--pause', '0',
                '--timeout', timeout] + list(extra)
        text = run(base)
        as_json = run(base + ['--json'])
        self.assertEqual(text.returncode, as_json.returncode, text.stdout + text.stderr)
        self.assertIn(text.returncode, (0, 1), text.stderr)
        report = json.loads(as_json.stdout)
        # One line per problem on stdout, the same in both; stderr sums them up.
        self.assertEqual(report['drifted'], text.returncode == 1)
        for problem in report['problems']:
            self.assertIn('  ' + problem + '\n', text.stdout)
        if report['problems']:
            self.assertIn(f"sources check: {len(report['problems'])} problem(s)", text.stderr)
        else:
            self.assertEqual(text.stderr, '')
        return text.returncode, text.stdout, report

    def source(self, report, source_id):
        return next(s for s in report['sources'] if s['id'] == source_id)

    def states(self, report, source_id):
        return {q['citation']: q['state'] for q in self.source(report, source_id)['quotes']}

    def assert_all(self, report, source_id, state):
        states = self.states(report, source_id)
        self.assertTrue(states)
        self.assertEqual(set(states.values()), {state}, states)

    def test_unchanged_page(self):
        status, text, report = self.check('unchanged', ministry='/unchanged')
        self.assertEqual(status, 0)
        self.assertEqual(self.source(report, 'ministry')['state'], 'ok')
        self.assertEqual(self.source(report, 'ministry')['http_status'], 200)
        self.assert_all(report, 'ministry', 'found')  # the elided quote too
        self.assertEqual(self.source(report, 'campus')['state'], 'no_address')
        self.assert_all(report, 'campus', 'not_checked')
        self.assertIn('No problem: every quote was found and no page changed.', text)
        # Only the page's visible text is read: not the script or the title.
        self.assertNotIn('not visible text', text)
        agents = {agent for path, agent in self.server.requests if path == '/unchanged'}
        self.assertTrue(agents and all(re.match(r'couverture-sources/\d+\.\d+\.\d+ ', a) for a in agents), agents)

    def test_changed_amount(self):
        status, text, report = self.check('amount', campus='/amount-changed')
        self.assertEqual(status, 1)
        quote = next(q for q in self.source(report, 'campus')['quotes'] if q['citation'] == 'fee_2025')
        self.assertEqual(quote['state'], 'changed')
        # The unit goes with the number that changed.
        self.assertEqual(quote['passages'][0]['differences'], [{'before': '105 euros', 'after': '110 euros'}])
        self.assertIn('110 euros', quote['passages'][0]['text'])
        self.assertIn('campus: quote fee_2025 changed: “105 euros” → “110 euros”', report['problems'])
        self.assertIn('differs: “105 euros” → “110 euros”', text)
        # What rests on it, derived from the ruleset: the period citing it and where its value shows.
        periods = [(pid, period['from']) for pid, p in FIXTURE['parameters'].items()
                   for period in p['periods'] if period.get('source') == 'fee_2025']
        self.assertEqual([(u['parameter'], u['from']) for u in quote['uses']], periods)
        shown = {(u['decision'], u['id']) for u in quote['uses'][0]['shown_in']}
        named = {(d['id'], r['id']) for d in FIXTURE['decisions'] for r in d['rules']
                 if '{' + periods[0][0] + '}' in json.dumps(r) or
                 '{' + periods[0][0] + '}' in json.dumps(d['outcomes']['status'].get(r['then']['status'], {}))}
        self.assertTrue(named)
        self.assertLessEqual(named, shown)
        for use in quote['uses'][0]['shown_in']:
            self.assertGreaterEqual(use['students']['classes'], 1)
        self.assertIn(f'parameter {periods[0][0]} from {periods[0][1]}', text)
        self.assertIn('fee: row pay: 1 class, e.g. Enrolled: Yes, Exchange: No', text)
        self.assert_all(report, 'ministry', 'not_checked')

    def test_quote_split_across_strong_and_line_break(self):
        self.assertIn('<strong>105\n euros</strong><br>', self.server.pages['/split'].body.decode())
        status, _, report = self.check('split', campus='/split')
        self.assertEqual(status, 0)
        self.assert_all(report, 'campus', 'found')

    def test_typographic_variants(self):
        body = self.server.pages['/typographic'].body.decode()
        for variant in ('\u00a0105\u202f', '&nbsp;', '“fixé chaque année”', "s'inscrivent", 'l’année'):
            self.assertIn(variant, body)
        status, _, report = self.check('typographic', campus='/typographic')
        self.assertEqual(status, 0)
        self.assert_all(report, 'campus', 'found')

    def test_moved_permanently(self):
        status, text, report = self.check('moved', ministry='/moved')
        self.assertEqual(status, 1)
        source = self.source(report, 'ministry')
        self.assertEqual(source['state'], 'moved')
        self.assertEqual(source['redirects'], [{'status': 301, 'from': self.server.url('/moved'),
                                                'to': self.server.url('/unchanged')}])
        self.assertEqual(source['final_url'], self.server.url('/unchanged'))
        self.assert_all(report, 'ministry', 'found')  # read where it moved to, and reported
        self.assertEqual(report['problems'],
                         [f"ministry: moved permanently (301) to {self.server.url('/unchanged')}"])
        self.assertIn('redirected (301) to ' + self.server.url('/unchanged'), text)

    def assert_http_error(self, path, code):
        status, text, report = self.check(f'http{code}', ministry=path)
        self.assertEqual(status, 1)
        source = self.source(report, 'ministry')
        self.assertEqual((source['state'], source['http_status']), ('http_error', code))
        self.assert_all(report, 'ministry', 'not_checked')
        count = len(MINISTRY)
        self.assertEqual(report['problems'],
                         [f'ministry: HTTP {code} from {self.server.url(path)} ({count} quotes not checked)'])
        # What rests on the quotes that could not be checked is listed all the same.
        for quote in source['quotes']:
            self.assertIsNotNone(quote['uses'])
        self.assertIn('not checked: fee_due', text)
        self.assertIn('fee: row pay', text)

    def test_404(self):
        self.assert_http_error('/not-found', 404)

    def test_410(self):
        self.assert_http_error('/gone', 410)

    def test_timeout(self):
        start = time.monotonic()
        status, _, report = self.check('never', ministry='/never', timeout='1')
        self.assertLess(time.monotonic() - start, 10)  # two runs of one second each, and a margin
        self.assertEqual(status, 1)
        source = self.source(report, 'ministry')
        self.assertEqual((source['state'], source['error'], source['http_status']),
                         ('unreachable', 'no answer within 1 s', None))
        self.assertTrue(report['problems'][0].startswith('ministry: unreachable: no answer within 1 s'))

    def test_larger_than_the_cap(self):
        for path in ('/huge', '/huge-streamed'):  # announced by Content-Length, or found reading
            status, _, report = self.check('huge', ministry=path)
            self.assertEqual(status, 1)
            source = self.source(report, 'ministry')
            self.assertEqual(source['state'], 'too_large', path)
            self.assertEqual(source['error'], f'larger than the limit of {CAP} bytes')
            self.assert_all(report, 'ministry', 'not_checked')

    def test_iso_8859_1(self):
        self.assertIn('étudiants'.encode('latin-1'), self.server.pages['/latin1'].body)
        status, _, report = self.check('latin1', campus='/latin1')
        self.assertEqual(status, 0)
        self.assert_all(report, 'campus', 'found')

    def test_pdf(self):
        status, _, report = self.check('pdf', ministry='/notice.pdf')
        self.assertEqual(status, 0)
        source = self.source(report, 'ministry')
        self.assertEqual((source['state'], source['kind']), ('ok', 'pdf'))
        self.assert_all(report, 'ministry', 'found')

    def test_missing_quote(self):
        status, text, report = self.check('missing', ministry='/rewritten')
        self.assertEqual(status, 1)
        states = self.states(report, 'ministry')
        self.assertEqual(states.pop('fee_due'), 'missing')
        self.assertEqual(set(states.values()), {'found'})
        self.assertEqual(report['problems'],
                         ['ministry: quote fee_due not found: “The fee is due before enrolment.”'])
        self.assertIn('missing: fee_due', text)

    def test_snapshots_page_changed_away_from_every_quote(self):
        snapshots = self.dir / 'snapshots-evolving'
        v1 = [as_on_page(q) for q in MINISTRY] + ['Opening hours: 9:00 to 17:00.']
        self.server.pages['/evolving'] = Page(html(v1).encode())
        # A ruleset written with escapes and one-line objects: --update changes its date only.
        file = self.rules('evolving', ministry='/evolving',
                          dump=lambda r: json.dumps(r, indent=1, ensure_ascii=True))
        before = file.read_bytes()
        args = ['sources', 'check', '--rules', str(file), '--snapshots', str(snapshots),
                '--pause', '0', '--timeout', '5']

        first = run(args + ['--date', DATE, '--json'])
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertEqual(self.source(json.loads(first.stdout), 'ministry')['snapshot']['state'], 'none')
        first = run(args + ['--date', DATE, '--update'])
        self.assertEqual(first.returncode, 0, first.stderr)
        snapshot = (snapshots / 'ministry.txt').read_text(encoding='utf-8')
        self.assertIn(f"url: {self.server.url('/evolving')}\nfetched: {DATE}\n", snapshot)
        self.assertIn('Opening hours: 9:00 to 17:00.\n', snapshot)
        self.assertFalse((snapshots / 'campus.txt').exists())  # no address, no snapshot
        after = file.read_bytes()
        old = f'"checked": "{FIXTURE["sources"][0]["checked"]}"'.encode()
        at = before.index(old)  # the first source, ministry
        self.assertEqual(after, before[:at] + f'"checked": "{DATE}"'.encode() + before[at + len(old):])

        same = run(args + ['--date', DATE, '--json'])
        self.assertEqual(same.returncode, 0, same.stderr)
        self.assertEqual(self.source(json.loads(same.stdout), 'ministry')['snapshot']['state'], 'unchanged')

        v2 = [as_on_page(q) for q in MINISTRY] + ['Opening hours: 9:00 to 16:00.', 'New: a chat line.']
        self.server.pages['/evolving'] = Page(html(v2).encode())
        status, text, report = self.check_with(args + ['--date', '2026-12-14'])
        self.assertEqual(status, 1)
        source = self.source(report, 'ministry')
        self.assert_all(report, 'ministry', 'found')
        self.assertEqual(source['snapshot']['state'], 'changed')
        self.assertEqual(source['snapshot']['changes'], [
            {'kind': 'changed', 'before': 'Opening hours: 9:00 to 17:00.',
             'after': 'Opening hours: 9:00 to 16:00.', 'differences': [{'before': '17', 'after': '16'}]},
            {'kind': 'added', 'before': None, 'after': 'New: a chat line.', 'differences': []}])
        self.assertEqual(report['problems'],
                         [f'ministry: text changed since the snapshot of {DATE} (2 passages)'])
        self.assertIn('added: “New: a chat line.”', text)

        # Reviewed: --update accepts the new text (exit 0) and moves the date on.
        accepted = run(args + ['--date', '2026-12-14', '--update'])
        self.assertEqual(accepted.returncode, 0, accepted.stdout + accepted.stderr)
        self.assertIn('fetched: 2026-12-14', (snapshots / 'ministry.txt').read_text(encoding='utf-8'))
        self.assertIn(b'"checked": "2026-12-14"', file.read_bytes())

    def check_with(self, args):
        text, as_json = run(args), run(args + ['--json'])
        self.assertEqual(text.returncode, as_json.returncode)
        return text.returncode, text.stdout, json.loads(as_json.stdout)

    def test_update_leaves_drifted_sources_alone(self):
        snapshots = self.dir / 'snapshots-mixed'
        file = self.rules('mixed', ministry='/unchanged', campus='/amount-changed')
        before = json.loads(file.read_text(encoding='utf-8'))
        done = run(['sources', 'check', '--rules', str(file), '--snapshots', str(snapshots),
                    '--update', '--date', DATE, '--pause', '0', '--json'])
        self.assertEqual(done.returncode, 1, done.stderr)  # the changed quote is not hidden
        report = json.loads(done.stdout)
        self.assertEqual(report['problems'], ['campus: quote fee_2025 changed: “105 euros” → “110 euros”'])
        self.assertTrue(self.source(report, 'ministry')['updated'])
        self.assertFalse(self.source(report, 'campus')['updated'])
        after = json.loads(file.read_text(encoding='utf-8'))
        self.assertEqual([s['checked'] for s in after['sources']], [DATE, before['sources'][1]['checked']])
        self.assertEqual(sorted(p.name for p in snapshots.iterdir()), ['ministry.txt'])

    def test_update_refuses_a_date_it_cannot_set_and_writes_nothing(self):
        snapshots = self.dir / 'snapshots-escaped'
        file = self.rules('escaped', ministry='/unchanged')
        checked = FIXTURE['sources'][0]['checked']
        text = file.read_text(encoding='utf-8').replace(f'"{checked}"', '"\\u0032' + checked[1:] + '"', 1)
        file.write_text(text, encoding='utf-8')
        done = run(['sources', 'check', '--rules', str(file), '--snapshots', str(snapshots), '--update',
                    '--date', DATE, '--pause', '0'])
        self.assertEqual(done.returncode, 2, done.stdout + done.stderr)
        self.assertEqual(done.stderr, 'couverture: ruleset: /sources/0/checked: written with escapes: '
                                      'set this date by hand\n')
        self.assertEqual(file.read_text(encoding='utf-8'), text)
        self.assertFalse(snapshots.exists())

    def test_damaged_snapshot_is_reported(self):
        snapshots = self.dir / 'snapshots-damaged'
        file = self.rules('damaged', ministry='/unchanged')
        base = ['sources', 'check', '--rules', str(file), '--snapshots', str(snapshots), '--pause', '0']
        self.assertEqual(run(base + ['--update', '--date', DATE]).returncode, 0)
        path = snapshots / 'ministry.txt'
        path.write_text(path.read_text(encoding='utf-8') + 'edited by hand\n', encoding='utf-8')
        status, _, report = self.check_with(base + ['--date', DATE])
        self.assertEqual(status, 1)
        self.assertEqual(report['problems'], [
            f'ministry: snapshot: {path}: its text does not match its sha256 (edited or damaged)'])

    def test_usage_errors_exit_2(self):
        file = self.rules('usage', ministry='/unchanged')
        for args, message in [
            (['--frobnicate'], 'unknown option --frobnicate'),
            (['--timeout', '0'], '--timeout takes whole seconds from 1 to 600'),
            (['--pause', 'soon'], '--pause takes milliseconds from 0 to 60000'),
            (['--update'], '--update needs --rules FILE'),
            (['--date', '2026-13-01'], 'is not a date'),
            (['extra'], 'unexpected argument extra'),
        ]:
            done = run(['sources', 'check', '--rules', str(file)] + args)
            self.assertEqual(done.returncode, 2, args)
            self.assertIn(message, done.stderr)
            self.assertEqual(len(done.stderr.splitlines()), 1, done.stderr)
        missing = run(['sources', 'check', '--rules', str(self.dir / 'nope.json')])
        self.assertEqual(missing.returncode, 2)
        self.assertIn('cannot read', missing.stderr)


class WatchScript(unittest.TestCase):
    """The scheduled workflow's script, pointed at the fixture server instead of the internet."""

    SCRIPT = ROOT / '.github/source-watch/report.py'

    def setUp(self):
        self.server = FixtureServer().__enter__()
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = pathlib.Path(self.tmp.name)
        # The shipped current rules; what the test expects is read from them, not written here.
        self.rules = json.loads((ROOT / 'engine/rulesets/france-current.json').read_text(encoding='utf-8'))
        cvec = [(pid, p) for pid, p in self.rules['parameters'].items() if 'cvec' in pid and p.get('type') == 'amount']
        self.assertEqual(len(cvec), 1, 'one CVEC amount parameter in france-current.json')
        self.parameter, parameter = cvec[0]
        period = [p for p in parameter['periods'] if 'value' in p and 'source' in p][-1]
        self.period, self.citation_id = period, period['source']
        citation = self.rules['citations'][self.citation_id]
        self.source_id = citation['source']
        source = next(s for s in self.rules['sources'] if s['id'] == self.source_id)
        self.quote = citation['quote'][source['language']]
        value = period['value']
        self.old = str(int(value)) if float(value).is_integer() else str(value)
        self.new = str(int(value) + 5) if float(value).is_integer() else str(value + 5)
        self.assertIn(self.old, self.quote, 'the CVEC period cites a quote that states its amount')
        # Every source without address but the CVEC one, pointed at the fixture server.
        for s in self.rules['sources']:
            s.pop('url', None)
            if s['id'] == self.source_id:
                s['url'] = self.server.url('/cvec')
        (self.dir / 'rulesets').mkdir()
        self.file = self.dir / 'rulesets' / 'france-current.json'
        self.file.write_text(json.dumps(self.rules, ensure_ascii=False, indent=2), encoding='utf-8')
        self.body = self.dir / 'issue.md'

    def tearDown(self):
        self.server.__exit__(None, None, None)
        self.tmp.cleanup()

    def serve(self, cvec_quote):
        others = [c['quote'][next(s['language'] for s in self.rules['sources'] if s['id'] == self.source_id)]
                  for cid, c in self.rules['citations'].items()
                  if c['source'] == self.source_id and cid != self.citation_id]
        self.server.pages['/cvec'] = Page(html([as_on_page(q) for q in others] + [as_on_page(cvec_quote)]).encode())

    def watch(self, *extra):
        return subprocess.run(
            [sys.executable, str(self.SCRIPT), '--cli', CLI, '--out', str(self.body),
             '--snapshots-root', str(self.dir / 'snapshots'), '--timeout', '5', '--pause', '0',
             '--date', DATE, *extra, str(self.file)], capture_output=True, text=True, timeout=120)

    def test_changed_cvec_amount_opens_an_issue_with_rows_and_students(self):
        self.serve(self.quote.replace(self.old, self.new))
        done = self.watch()
        self.assertEqual(done.returncode, 1, done.stdout + done.stderr)
        body = self.body.read_text(encoding='utf-8')
        self.assertTrue(body.startswith('<!-- couverture-source-watch -->\n# Official sources changed under the rules\n'))
        # "105 €" → "110 €": the amount, with its unit when the quote writes one after it.
        change = f'“{re.escape(self.old)}( [^”]*)?” → “{re.escape(self.new)}\\1”'
        self.assertRegex(body, f'quote {self.citation_id} changed: {change}')
        self.assertRegex(body, f'Differs: {change}')
        self.assertIn(f'#### Quote `{self.citation_id}` changed', body)
        # The rows and items that cite it, and the rows whose texts show the parameter's value.
        evidence = json.loads(run(['sources', '--json', '--rules', str(self.file)]).stdout)
        uses = next(c for s in evidence['sources'] for c in s['citations'] if c['id'] == self.citation_id)['uses']
        period_use = next(u for u in uses if u['kind'] == 'period')
        # The rows that cite the quote, and those whose texts show the amount: each decides what
        # some students read.
        rows = [(d['id'], r['id']) for d in self.rules['decisions'] for r in d['rules']
                if r.get('source') == self.citation_id or '{' + self.parameter + '}' in json.dumps(r, ensure_ascii=False)]
        self.assertTrue(rows, 'some row rests on the CVEC amount or shows it')
        shown = {(u['decision'], u['id']) for u in period_use['shown_in'] if u['kind'] == 'row'}
        for decision, row in rows:
            self.assertTrue(f'| {decision}: row `{row}` |' in body or (decision, row) in shown, (decision, row))
            self.assertIn(f'`{row}`', body)
        self.assertEqual((period_use['parameter'], period_use['from']), (self.parameter, self.period['from']))
        self.assertIn(f'| parameter `{self.parameter}` from {self.period["from"]}', body)
        for use in [u for u in uses if u['kind'] != 'period'] + period_use['shown_in']:
            students = use['students']
            self.assertGreater(students['classes'], 0)
            expected = f"{students['classes']} class{'es' if students['classes'] != 1 else ''}: e.g. {students['example']}"
            self.assertIn(expected, body)
        first = next(u for u in uses + period_use['shown_in'] if 'students' in u)
        self.assertIn(json.dumps(first['students']['answers'], ensure_ascii=False), body)

    def test_nothing_drifted_writes_nothing(self):
        self.serve(self.quote)
        self.body.write_text('stale body from an earlier run', encoding='utf-8')
        done = self.watch()
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        self.assertFalse(self.body.exists())

    def test_refresh_writes_snapshots_and_dates_to_review_in_a_copy(self):
        self.serve(self.quote)
        before = self.file.read_bytes()
        refresh = self.dir / 'refresh'
        done = self.watch('--refresh', str(refresh))
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        self.assertEqual(self.file.read_bytes(), before)  # the ruleset given is left as it was
        self.assertTrue((refresh / 'snapshots' / 'france-current' / f'{self.source_id}.txt').exists())
        copied = json.loads((refresh / 'france-current.json').read_text(encoding='utf-8'))
        self.assertEqual(next(s['checked'] for s in copied['sources'] if s['id'] == self.source_id), DATE)


if __name__ == '__main__':
    unittest.main(verbosity=2)
