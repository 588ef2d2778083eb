"""Hand-written training (chapters 04-06) against plain PyTorch, with the same settings, epochs interleaved.

784-100-10, batch 64, lr 0.1, the first 8,000 training images (all of them offline), 5 epochs by default.
Both start from the same weights and see the same batches in the same order; each round trains one epoch of
each, in alternating order. Prints the median time per epoch of each, their ratio, and the final accuracies.
Run: python benchmarks/training.py [--epochs N] [--rows N]   (FOUNDATIONS_DATA selects offline data)
"""
import argparse, statistics, time, warnings
import torch, torch.nn.functional as F
from torch import nn
from foundations.data import load_mnist
from foundations.init import normalize, kaiming_init, xavier_init
from foundations.matmul import machine, md_table
from foundations.module import Lin, Relu, Sequential
from foundations.training import CrossEntropy, SGD, accuracy, batches, train_epoch

def torch_epoch(model, opt, xs, ys, bs, generator):
    for b in batches(len(xs), bs, generator=generator):
        F.cross_entropy(model(xs[b]), ys[b]).backward()
        opt.step(); opt.zero_grad()

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--epochs', type=int, default=5)
    p.add_argument('--rows', type=int, default=8_000)
    args = p.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        xt,yt,xv,yv = load_mnist()
    xt,yt = xt[:args.rows],yt[:args.rows]
    m,s = xt.mean(),xt.std()
    xt,xv = normalize(xt, m, s),normalize(xv, m, s)
    nh,bs,lr = 100,64,0.1
    g = torch.Generator().manual_seed(0)
    w1,w2 = kaiming_init(784, nh, generator=g),xavier_init(nh, 10, generator=g)
    ours = Sequential(Lin(w1.clone(), torch.zeros(nh), inp_grad=False), Relu(), Lin(w2.clone(), torch.zeros(10)))
    loss,opt = CrossEntropy(),SGD(ours.parameters(), lr=lr)
    theirs = nn.Sequential(nn.Linear(784, nh), nn.ReLU(), nn.Linear(nh, 10))
    with torch.no_grad():
        theirs[0].weight.copy_(w1.T); theirs[0].bias.zero_(); theirs[2].weight.copy_(w2.T); theirs[2].bias.zero_()
    topt = torch.optim.SGD(theirs.parameters(), lr=lr)
    g_ours,g_theirs = torch.Generator().manual_seed(1),torch.Generator().manual_seed(1)
    runs = {'hand-written': lambda: train_epoch(ours, loss, opt, xt, yt, bs=bs, generator=g_ours, progress=False),
            'PyTorch': lambda: torch_epoch(theirs, topt, xt, yt, bs, g_theirs)}
    ts = {k: [] for k in runs}
    for epoch in range(args.epochs):
        for k in (list(runs) if epoch % 2 == 0 else list(runs)[::-1]):
            t = time.perf_counter(); runs[k](); ts[k].append(time.perf_counter() - t)
    with torch.no_grad(): acc = {'hand-written': accuracy(ours(xv), yv).item(), 'PyTorch': accuracy(theirs(xv), yv).item()}
    med = {k: statistics.median(v) for k,v in ts.items()}
    print(f"# Training: hand-written vs PyTorch\n\n{len(xt):,} training images, 784-{nh}-10, batch {bs}, lr {lr}, {args.epochs} epochs; {machine()}\n")
    print(md_table(['', 'median ms per epoch', f'valid accuracy ({len(xv):,} images)'], [(k, f"{med[k]*1e3:.0f}", f"{acc[k]:.2%}") for k in runs]))
    print(f"\nratio (hand-written / PyTorch time per epoch): {med['hand-written']/med['PyTorch']:.3f}")
