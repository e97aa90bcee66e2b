#!/usr/bin/env python3
"""Dangling relative links and anchors in the repository's Markdown, and docs/ paths named in code comments."""
import os, re, subprocess, sys, unicodedata
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")
files = subprocess.run(['git', '-C', root, 'ls-files'], capture_output=True, text=True).stdout.split()
present = set(files) | {os.path.dirname(f) for f in files}
for f in list(present):
    while f:
        f = os.path.dirname(f); present.add(f)

def slug(h):
    h = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', h).strip().lower()
    h = ''.join(c for c in h if c in ' -_' or unicodedata.category(c)[0] in 'LNM')
    return h.replace(' ', '-')

anchors = {}
def anchors_of(path):
    if path not in anchors:
        seen, out = {}, set()
        text = open(os.path.join(root, path), encoding='utf-8').read()
        text = re.sub(r'```.*?```', '', text, flags=re.S)
        for m in re.finditer(r'^#{1,6}\s+(.*?)\s*#*\s*$', text, re.M):
            s = slug(m.group(1)); n = seen.get(s, 0); seen[s] = n + 1
            out.add(s if n == 0 else f'{s}-{n}')
        anchors[path] = out
    return anchors[path]

bad = 0
for f in files:
    if not f.endswith('.md') or 'node_modules' in f: continue
    text = open(os.path.join(root, f), encoding='utf-8').read()
    text = re.sub(r'```.*?```', '', text, flags=re.S)
    for m in re.finditer(r'\]\(([^)\s]+)\)', text):
        link = m.group(1)
        if re.match(r'[a-z]+:', link): continue
        path, _, frag = link.partition('#')
        target = os.path.normpath(os.path.join(os.path.dirname(f), path)) if path else f
        if target not in present:
            print(f'{f}: missing {link}'); bad += 1; continue
        if frag and target.endswith('.md') and frag not in anchors_of(target):
            print(f'{f}: missing anchor {link}'); bad += 1
# docs/<page>.md named anywhere (comments in code, config, deploy, portal)
for f in files:
    if 'node_modules' in f or f.endswith(('.png', '.svg', '.jar', '.zip')): continue
    try: text = open(os.path.join(root, f), encoding='utf-8').read()
    except (UnicodeDecodeError, IsADirectoryError): continue
    for m in re.finditer(r'(?<![\w/.-])docs/([\w./-]+\.md)(#[\w-]+)?', text):
        target = 'docs/' + m.group(1)
        if target not in present:
            print(f'{f}: names missing {target}'); bad += 1
        elif m.group(2) and m.group(2)[1:] not in anchors_of(target):
            print(f'{f}: names missing anchor {target}{m.group(2)}'); bad += 1
print(f'{bad} problem(s)')
sys.exit(1 if bad else 0)
