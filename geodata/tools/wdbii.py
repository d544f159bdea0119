# SPDX-License-Identifier: GPL-3.0-or-later
"""Read GMT/GSHHG multi-segment dumps and trace a river through the WDBII network."""
import heapq
import math

from shapely.geometry import LineString, Point


def read_gmt_segments(path):
    segs, cur, head = [], [], None
    with open(path) as fh:
        for line in fh:
            if line.startswith(">"):
                if len(cur) >= 2:
                    segs.append((head, cur))
                cur, head = [], line[1:].strip()
                continue
            p = line.split()
            if len(p) >= 2:
                cur.append((float(p[0]), float(p[1])))
    if len(cur) >= 2:
        segs.append((head, cur))
    return segs


def _dist_m(a, b):
    # equirectangular metres, fine for km-scale gaps
    kx = 111320.0 * math.cos(math.radians((a[1] + b[1]) / 2))
    return math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * 110574.0)


def trace(segments, start, end, gap_max_m=2000.0, gap_penalty=3.0):
    """Shortest path through the river segments from the vertex nearest `start`
    to the vertex nearest `end`; gaps between a segment end and any other
    vertex up to gap_max_m are crossed straight (weighted by gap_penalty)."""
    verts, index, adj = [], {}, {}

    def vid(c):
        k = (round(c[0], 7), round(c[1], 7))
        if k not in index:
            index[k] = len(verts)
            verts.append(k)
            adj[index[k]] = []
        return index[k]
    ends = []
    for s in segments:
        ids = [vid(c) for c in s]
        for a, b in zip(ids, ids[1:]):
            if a != b:
                d = _dist_m(verts[a], verts[b])
                adj[a].append((b, d))
                adj[b].append((a, d))
        ends += [ids[0], ids[-1]]
    # gap edges from segment ends to nearby vertices (grid bucketed)
    cell = 0.03
    grid = {}
    for i, v in enumerate(verts):
        grid.setdefault((int(v[0] / cell), int(v[1] / cell)), []).append(i)
    for e in set(ends):
        v = verts[e]
        gx, gy = int(v[0] / cell), int(v[1] / cell)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for o in grid.get((gx + dx, gy + dy), []):
                    if o == e:
                        continue
                    d = _dist_m(v, verts[o])
                    if 0 < d <= gap_max_m:
                        adj[e].append((o, d * gap_penalty))
                        adj[o].append((e, d * gap_penalty))
    s = min(range(len(verts)), key=lambda i: _dist_m(verts[i], start))
    t = min(range(len(verts)), key=lambda i: _dist_m(verts[i], end))
    dist, prev, pq = {s: 0.0}, {}, [(0.0, s)]
    while pq:
        d, u = heapq.heappop(pq)
        if u == t:
            break
        if d > dist.get(u, 1e18):
            continue
        for w, c in adj[u]:
            nd = d + c
            if nd < dist.get(w, 1e18):
                dist[w] = nd
                prev[w] = u
                heapq.heappush(pq, (nd, w))
    if t not in dist:
        raise RuntimeError("no river path found")
    path = [t]
    while path[-1] != s:
        path.append(prev[path[-1]])
    path.reverse()
    return LineString([verts[i] for i in path])
