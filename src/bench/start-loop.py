#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Interleaved cold starts of several builds of Araxes (decision 0012): wall-clock from launching
the JVM to the smoke test's "map shown" and "window complete" lines, and the processor time of the
process tree to its exit. Two unmeasured starts per build first (layer cache, settings), then N
rounds that alternate the builds (ABBA), each build with a user folder of its own, kept.

  xvfb-run -a -s "-screen 0 1280x800x24" python3 src/bench/start-loop.py 8 before=/tmp/before after=.

A build is a project folder (its target/araxes.jar, started with java -jar; add @OPTIONS for JVM
options, e.g. after=.@-XX:SharedArchiveFile=a.jsa) or an app image folder ending in /Araxes (started
with its runtime and the class path and options of lib/app/Araxes.cfg, as its launcher starts it).
A build labelled "bare" (bare=.) is the yardstick instead: the bench's BareWindow (one JavaFX window
the size of Araxes's, one rectangle), compiled from that project folder into a jar of its own and
started ahead of its target/araxes.jar, as ColdStartBench starts it; its "bare window: drawn" line
counts as both its first map and its whole window. Interleave it with the builds under the same load:

  xvfb-run -a -s "-screen 0 1280x800x24" python3 src/bench/start-loop.py 10 bare=. after=.

Medians are printed, with each build's ratio to the bare window when there is one and the 1-minute
load average over the loop, and the JavaFX thread's processor time from the start-up trace when
the map is drawn, the main window built and the whole window laid out; every start goes to /tmp/araxes-start-loop/starts-<time>.json."""
import os, resource, statistics, subprocess, sys, time, json, re
n = int(sys.argv[1])
builds = [a.split('=', 1) for a in sys.argv[2:]]
extra = {}
for b in builds:
    if '@' in b[1]:
        b[1], opts = b[1].split('@', 1)
        extra[b[0]] = opts.split()
results = {label: [] for label, _ in builds}
os.makedirs('/tmp/araxes-start-loop', exist_ok=True)
def bare_jar(folder):
    """The bench's BareWindow compiled against the project's jar, once per loop."""
    jar = '/tmp/araxes-start-loop/bare-window.jar'
    if not os.path.exists(jar):
        classes = '/tmp/araxes-start-loop/bare-classes'
        src = os.path.join(folder, 'src/bench/java/org/araxes/bench/')
        subprocess.run(['javac', '-d', classes, '-cp', os.path.join(folder, 'target/araxes.jar'),
                        src + 'BareWindow.java', src + 'BareWindowLauncher.java'], check=True)
        subprocess.run(['jar', 'cf', jar, '-C', classes, 'org'], check=True)
    return os.path.abspath(jar)
loads = []
def start(label, folder, measured):
    user = '/tmp/araxes-start-loop/user-' + label
    if folder.endswith('/Araxes'):   # an (installed-like) app image: its runtime with its launcher's options
        app = folder + '/lib/app'
        lines = open(app + '/Araxes.cfg').read().splitlines()
        cp = ':'.join(l.split('=', 1)[1].replace('$APPDIR', app) for l in lines if l.startswith('app.classpath='))
        opts = [l.split('=', 1)[1].replace('$APPDIR', app) for l in lines if l.startswith('java-options=')]
        cmd = [folder + '/lib/runtime/bin/java'] + opts + ['-Daraxes.smoke=true', '-Daraxes.smoke.frames=1',
               '-Daraxes.trace.startup=true', '-Daraxes.userFolder=' + user, '-cp', cp, 'org.araxes.Main']
        folder = '/tmp'
    elif label == 'bare':
        jar = bare_jar(folder)
        cmd = ['java', '-cp', jar + ':target/araxes.jar', 'org.araxes.bench.BareWindowLauncher']
    else:
      cmd = ['java', '-Daraxes.smoke=true', '-Daraxes.smoke.frames=1', '-Daraxes.trace.startup=true',
           '-Daraxes.userFolder=' + user] + extra.get(label, []) + ['-jar', 'target/araxes.jar']
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.Popen(['timeout', '120'] + cmd, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    got = {}
    for line in p.stdout:
        if 'smoke test: map shown' in line:
            got['map shown'] = (time.monotonic() - t0) * 1000
        if 'bare window: drawn' in line:
            got['map shown'] = got['window complete'] = (time.monotonic() - t0) * 1000
        if 'smoke test: window complete' in line:
            got['window complete'] = (time.monotonic() - t0) * 1000
    err = p.stderr.read()
    p.wait()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    got['cpu total (to exit)'] = ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000
    for m in re.finditer(r'startup: (\d+) ms \[[^\]]*\] (window whole|main window built|map drawn)', err):
        got['trace: ' + m.group(2)] = float(m.group(1))
    # the JavaFX thread's processor time at the start's stages (decision 0031); "whole window laid
    # out" was "whole window styled and laid out" before it
    for m in re.finditer(r'startup: \d+ ms \[JavaFX Application Thread, cpu (\d+) ms\] (map drawn|main window built|whole window)', err):
        got['fx cpu: ' + m.group(2)] = float(m.group(1))
    got['exit'] = p.returncode
    if measured:
        results[label].append(got)
        loads.append(os.getloadavg()[0])
    print(label, 'measured' if measured else 'warm-up', json.dumps({k: round(v) for k, v in got.items()}), flush=True)
for label, folder in builds:   # warm-ups: layer cache, settings, (before) the class-data archive
    for i in range(2):
        start(label, folder, False)
for i in range(n):
    order = builds if i % 2 == 0 else list(reversed(builds))
    for label, folder in order:
        start(label, folder, True)
print('\nmedians over', n, 'starts each (ms)')
keys = ['map shown', 'window complete', 'cpu total (to exit)', 'fx cpu: map drawn', 'fx cpu: main window built', 'fx cpu: whole window']
for label, _ in builds:
    row = []
    for k in keys:
        vals = [r[k] for r in results[label] if k in r]
        row.append('%s=%s' % (k, round(statistics.median(vals)) if vals else '-'))
    if 'bare' in results and label != 'bare':
        for k in keys[:2]:
            mine = [r[k] for r in results[label] if k in r]
            bare = [r[k] for r in results['bare'] if k in r]
            if mine and bare:
                row.append('%s/bare=%.2f' % (k, statistics.median(mine) / statistics.median(bare)))
    print(label, ' | '.join(row), ' exits:', sorted(set(r['exit'] for r in results[label])))
print('1-minute load average at the measured starts: %.1f-%.1f (median %.1f)' % (min(loads), max(loads), statistics.median(loads)))
json.dump(results, open('/tmp/araxes-start-loop/starts-%d.json' % int(time.time()), 'w'), indent=1)
