# Times a program in-process under CPython the same way bench/run.ts times tspy: compile once,
# then exec the code object repeatedly with stdout discarded. Prints one JSON line.
import io, json, sys, time

path, runs = sys.argv[1], int(sys.argv[2])
with open(path) as f:
    code = compile(f.read(), path, "exec")
samples = []
real_stdout = sys.stdout
for _ in range(runs):
    sys.stdout = io.StringIO()
    t0 = time.perf_counter()
    exec(code, {"__name__": "__main__"})
    samples.append(time.perf_counter() - t0)
    sys.stdout = real_stdout
print(json.dumps({"samples": samples}))
