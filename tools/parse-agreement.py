#!/usr/bin/env python3
"""Checks that rac's parser accepts exactly the documentation code blocks that rustc's parser accepts.

usage: tools/parse-agreement.py [--rac ./rac] [--work DIR] [--report FILE]

Takes every Rust code block of The Book, Rust by Example and the Reference shipped with the stable
toolchain's docs (all of them, including `ignore`, `compile_fail` and `should_panic` blocks), wraps it
in `fn main` the way rustdoc does when it has none, and parses it twice: with the nightly rustc
(`-Z parse-crate-root-only`, which stops after parsing the crate root) and with `rac parse`. Prints
one line per disagreement and a summary `N agree, M disagree`. Exit code 0 when all agree.
"""
import glob, html, os, re, subprocess, sys, tempfile

BOOKS = ['book', 'rust-by-example', 'reference']


def blocks(page):
    text = open(page, encoding='utf-8').read()
    for m in re.finditer(r'<pre[^>]*><code class="language-rust([^"]*)">(.*?)</code></pre>', text, re.S):
        classes = set(m.group(1).replace(',', ' ').split())
        code = html.unescape(re.sub(r'<[^>]+>', '', m.group(2)))
        yield classes, code


def wrap(code):
    # rustdoc hides lines starting with `# `; the HTML keeps them in a hidden span, already stripped of
    # markup above, so only the wrapping in `fn main` remains to do.
    if re.search(r'\bfn\s+main\s*\(', code):
        return code
    attrs, body = [], []
    for line in code.splitlines():
        (attrs if line.startswith('#![') else body).append(line)
    return '\n'.join(attrs + ['fn main() {'] + body + ['}']) + '\n'


def edition(classes):
    for e in ('2015', '2018', '2021', '2024'):
        if 'edition' + e in classes:
            return e
    return '2021'


def main():
    args = sys.argv[1:]
    rac = args[args.index('--rac') + 1] if '--rac' in args else './rac'
    report = args[args.index('--report') + 1] if '--report' in args else None
    roots = sorted(glob.glob(os.path.expanduser('~/.rustup/toolchains/stable-*/share/doc/rust/html')))
    if not roots:
        sys.exit('no rust-docs found under ~/.rustup/toolchains/stable-*/share/doc/rust/html')
    work = args[args.index('--work') + 1] if '--work' in args else tempfile.mkdtemp(prefix='parse-agreement-')
    os.makedirs(work, exist_ok=True)
    by_edition = {}
    names = {}
    n = 0
    for book in BOOKS:
        for page in sorted(glob.glob(f'{roots[0]}/{book}/**/*.html', recursive=True)):
            if page.endswith(('print.html', 'searchindex.html')):
                continue
            stem = book + '__' + os.path.relpath(page, f'{roots[0]}/{book}')[:-5].replace('/', '__')
            for i, (classes, code) in enumerate(blocks(page)):
                path = os.path.join(work, f'{stem}_{i}.rs')
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(wrap(code))
                by_edition.setdefault(edition(classes), []).append(path)
                names[path] = f'{stem}_{i}'
                n += 1
    rustc_ok = {}
    for ed, paths in by_edition.items():
        for p in paths:
            r = subprocess.run(['rustup', 'run', 'nightly', 'rustc', '-Z', 'parse-crate-root-only', '--edition', ed,
                                '--crate-type', 'lib', p, '-o', os.devnull], capture_output=True, text=True)
            rustc_ok[p] = r.returncode == 0
    rac_ok = {}
    for ed, paths in by_edition.items():
        for k in range(0, len(paths), 200):
            chunk = paths[k:k + 200]
            r = subprocess.run([rac, 'parse', '--edition', ed] + chunk, capture_output=True, text=True)
            bad = set()
            for line in r.stdout.splitlines():
                f = line.split(':', 1)[0]
                bad.add(f)
            for p in chunk:
                rac_ok[p] = p not in bad
    agree = disagree = 0
    lines = []
    for p in sorted(names):
        same = rustc_ok[p] == rac_ok[p]
        if same:
            agree += 1
        else:
            disagree += 1
            print(f'{names[p]}: rustc {"parses" if rustc_ok[p] else "rejects"}, rac {"parses" if rac_ok[p] else "rejects"} ({p})')
        lines.append(f'{names[p]}\t{"ok" if rustc_ok[p] else "err"}\t{"ok" if rac_ok[p] else "err"}')
    if report:
        with open(report, 'w') as f:
            f.write('\n'.join(lines) + '\n')
    rejected = sum(1 for p in names if not rustc_ok[p])
    print(f'{n} blocks ({rejected} rejected by rustc\'s parser): {agree} agree, {disagree} disagree')
    sys.exit(0 if disagree == 0 else 1)


if __name__ == '__main__':
    main()
