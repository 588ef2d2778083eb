"""Each matmul version against `a @ b`, timed in one process with interleaved rounds.

Prints, per input size, the median over rounds of each version's time divided by the time of `a @ b`
in the same round, and the rate each achieves. Run: python benchmarks/matmul.py [--rounds N] [--rows N]
"""
import argparse, statistics, time
import torch
from foundations.matmul import *
from foundations.matmul import machine, md_table

def once(f, a, b, reps):
    "Seconds per call of `f(a, b)`, averaged over `reps` back-to-back calls"
    t = time.perf_counter()
    for _ in range(reps): f(a, b)
    return (time.perf_counter() - t)/reps

def bench(fs, a, b, rounds):
    "Median (over rounds) of each function's time and of its ratio to `a @ b` in the same round"
    ref = fs['a @ b']
    reps = {k: max(1, int(0.05/once(f, a, b, 1))) for k,f in fs.items()}  # warm up and calibrate
    ts = {k: [] for k in fs}
    for _ in range(rounds):
        for k,f in fs.items(): ts[k].append(once(f, a, b, reps[k]))
    med = {k: statistics.median(v) for k,v in ts.items()}
    ratio = {k: statistics.median(t/r for t,r in zip(v, ts['a @ b'])) for k,v in ts.items()}
    return med, ratio

def report(title, fs, a, b, rounds):
    med, ratio = bench(fs, a, b, rounds)
    flops = 2 * a.shape[0] * a.shape[1] * b.shape[1]
    rows = [(k, f"{med[k]*1e3:,.3f}", f"{ratio[k]:,.1f}x", f"{flops/med[k]/1e9:,.3f}") for k in fs]
    print(f"\n### {title}\n")
    print(md_table(['version', 'ms per call', 'time / time of a @ b', 'GFLOP/s'], rows))

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--rounds', type=int, default=5)
    p.add_argument('--rows', type=int, default=50_000, help='rows of the large product')
    args = p.parse_args()
    torch.manual_seed(0)
    w = torch.randn(784, 10)
    print(f"# matmul versions against a @ b\n\n{machine()}; median of {args.rounds} interleaved rounds")
    small = torch.rand(5, 784)
    report('5x784 @ 784x10', dict(loops=matmul_loops, dot=matmul_dot, rows=matmul_rows, broadcast=matmul_broadcast,
                                  einsum=matmul_einsum, **{'a @ b': torch.matmul}), small, w, args.rounds)
    big = torch.rand(args.rows, 784)
    report(f'{args.rows:,}x784 @ 784x10 (loop-free versions, and the row loop)', dict(rows=matmul_rows, broadcast=matmul_broadcast,
                                  einsum=matmul_einsum, **{'a @ b': torch.matmul}), big, w, args.rounds)
