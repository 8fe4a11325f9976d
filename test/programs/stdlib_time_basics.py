# time: clocks move forward and agree with each other, sleep waits, struct_time from fixed
# timestamps, strftime/asctime/ctime in the C locale, mktime round trips, and errors.
import time

t0, p0, m0, n0 = time.time(), time.perf_counter(), time.monotonic(), time.perf_counter_ns()
time.sleep(0.05)
t1, p1, m1, n1 = time.time(), time.perf_counter(), time.monotonic(), time.perf_counter_ns()
print(0.04 < p1 - p0 < 1.0, 0.04 < m1 - m0 < 1.0, 0.03 < t1 - t0 < 1.0, 40_000_000 < n1 - n0 < 1_000_000_000)
print(type(time.time_ns()), abs(time.time_ns() / 1e9 - time.time()) < 1, type(time.monotonic_ns()))
c0 = time.process_time()
sum(i * i for i in range(200000))
print(time.process_time() >= c0, isinstance(time.process_time_ns(), int))
time.sleep(0)

g = time.gmtime(0)
print(g)
print(g.tm_year, g[0], g.tm_zone, g.tm_gmtoff, len(g), tuple(g))
g = time.gmtime(1234567890.75)
print(g, g.tm_wday, g.tm_yday)
for ts in (951782400, 946684799, 1709251199, -86400 * 365, 2**31):
    print(ts, tuple(time.gmtime(ts)))
fmt = "%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W|%x %X %y %Y %z %Z %%|%e %G %V %u %C %D %T %R %F|%h %r %k %l %P %Q"
print(time.strftime(fmt, time.gmtime(1234567890)))
print(time.strftime("%Y-%m-%d %H:%M:%S", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
for day in range(1, 9):
    tm = time.gmtime(86400 * (day + 364 * 54))
    print(time.strftime("%Y-%m-%d %a %j %U %W %V %G %u %w", tm))
print(time.asctime(time.gmtime(0)), "|", time.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0)))
lt = time.localtime(1700000000)
print(time.mktime(lt), time.ctime(1700000000) == time.asctime(lt), time.strftime("%H:%M", lt) == "%02d:%02d" % (lt.tm_hour, lt.tm_min))
st = time.struct_time((2024, 1, 5, 3, 4, 5, 4, 5, 0))
print(st, st.tm_zone, type(st).__name__)
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), time.gmtime(0) < time.gmtime(1))
for bad in ["time.sleep(-1)", "time.sleep('x')", "time.gmtime('x')", "time.strftime('%Y', (1, 2))",
            "time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))", "time.struct_time((1, 2))",
            "time.asctime((2024, 1, 5, 3, 4, 5, 4, 5))", "time.strftime(5)", "time.gmtime(1e20)",
            "time.strftime('%H', (2024, 1, 1, 24, 0, 0, 0, 1, 0))", "time.get_clock_info('nope')"]:
    try:
        print(bad, repr(eval(bad)))
    except Exception as e:
        print(bad, type(e).__name__, e)
