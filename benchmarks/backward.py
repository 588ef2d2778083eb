"""Hand-written forward+backward (chapter 04) against autograd, on the 784-50-1 model with 50,000 rows.

Rounds are interleaved in one process; each round times one call of each, in an order shuffled per round (so
that no variant always follows the one that freed the most memory), and the script prints the median over
rounds of the ratio (hand time / autograd time), with and without the input's gradient.
Run: python benchmarks/backward.py [--rounds N] [--rows N]
"""
import argparse, random, statistics, time
import torch
from foundations.backprop import forward_and_backward, lin, mse
from foundations.init import kaiming_init, xavier_init
from foundations.matmul import machine, md_table

def timed(f):
    t = time.perf_counter(); f(); return time.perf_counter() - t

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--rounds', type=int, default=31)
    p.add_argument('--rows', type=int, default=50_000)
    args = p.parse_args()
    g = torch.Generator().manual_seed(0)
    # Random inputs of MNIST's shape: the timing does not depend on the values, and this runs offline.
    x,y = torch.randn(args.rows, 784, generator=g),torch.randint(0, 10, (args.rows,), generator=g).float()
    params = [kaiming_init(784, 50, generator=g), torch.zeros(50), xavier_init(50, 1, generator=g), torch.zeros(1)]
    pa = [q.clone().requires_grad_() for q in params]
    xa = x.clone().requires_grad_()

    def autograd(inp):
        for q in pa: q.grad = None
        inp.grad = None
        mse(lin(torch.relu(lin(inp, pa[0], pa[1])), pa[2], pa[3]), y).backward()

    fs = {'hand': lambda: forward_and_backward(x, y, *params),
          'autograd': lambda: autograd(x),
          'hand, with x.g': lambda: forward_and_backward(x, y, *params, inp_grad=True),
          'autograd, with x.grad': lambda: autograd(xa)}
    for f in fs.values(): f()  # warm up
    ts = {k: [] for k in fs}
    order = random.Random(0)
    for _ in range(args.rounds):
        for k in order.sample(list(fs), len(fs)): ts[k].append(timed(fs[k]))
    def ratio(a, b): return statistics.median(ta/tb for ta,tb in zip(ts[a], ts[b]))
    print(f"# Hand-written backward vs autograd\n\n{args.rows:,} x 784 inputs, 784-50-1, MSE; {machine()}; median of {args.rounds} interleaved rounds\n")
    print(md_table(['forward + backward', 'median ms'], [(k, f"{statistics.median(v)*1e3:.1f}") for k,v in ts.items()]))
    print()
    print(md_table(['ratio', 'median'], [('hand / autograd, no input gradient', f"{ratio('hand', 'autograd'):.3f}"),
                                         ('hand / autograd, both with the input gradient', f"{ratio('hand, with x.g', 'autograd, with x.grad'):.3f}"),
                                         ('hand with x.g / autograd without', f"{ratio('hand, with x.g', 'autograd'):.3f}")]))
