# math: every function of CPython 3.11's math on ordinary arguments, constants, and exactness.
import math

names = [n for n in dir(math) if not n.startswith("_")]
print(len(names), names)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan))

for x in (0.0, 0.5, 1.0, 2.0, 3.7, 10.0, 100.0, 1e-10, 123456.789):
    print(x, math.sqrt(x), math.exp(x if x < 700 else 1), math.log1p(x), math.expm1(x if x < 700 else 1))
    print(" ", math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(min(x, 10)), math.cosh(min(x, 10)), math.tanh(x))
    # glibc's cbrt is its own algorithm, off by an ulp or two about half the time (cbrt(27) is
    # 3.0000000000000004 there): 12 digits.
    print(" ", math.asinh(x), math.degrees(x), math.radians(x), f"{math.cbrt(x):.12g}", math.exp2(x if x < 1000 else 3))
for x in (0.5, 1.0, 2.0, 8.0, 10.0, 1000.0, 1e100, 2**0.5):
    print(x, math.log(x), math.log2(x), math.log10(x), math.log(x, 2), math.log(x, 10))
print(math.log(10**400), math.log2(2**1000), math.log10(10**300), math.log(2**2000, 2))
print(math.cbrt(-0.0), math.cbrt(math.inf), round(math.cbrt(-8), 12))
print(math.acosh(1.0), math.acosh(2.5), math.atanh(0.5), math.asin(0.5), math.acos(-0.5), math.asin(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 3))
print(math.hypot(1e300, 1e300), math.hypot(1e-300, 3e-300), math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(5.5, 1), math.remainder(6, 4))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(5e-324))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(3, 1023 - 2))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7), math.floor(10**30), type(math.floor(2.0)))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(1000))), math.factorial(True))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.perm(10, 3), math.perm(5), math.perm(100, 20), math.comb(10**20, 2))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 8, 20), math.gcd(), math.gcd(2**100, 6**50), math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(3, 5, 7))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**50), math.isqrt(2**200 + 1), math.isqrt(True))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum([1, 2**53, -2**53]))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum([math.inf, 1]), math.fsum([0.3, 0.3, 0.3, -0.9]))


class Num:
    def __float__(self):
        return 2.5

    def __floor__(self):
        return "floored"


print(math.sqrt(Num()), math.floor(Num()), math.exp(True), math.sqrt(4))
# gamma, lgamma, erf and erfc are computed differently by CPython (its own Lanczos code) and glibc:
# printed to 10 significant digits.
for x in (0.5, 1.0, 1.5, 2.5, 5.0, 10.5, -0.5, -2.5, 1e-5, 100.25):
    print(x, f"{math.gamma(x):.10g}", f"{math.lgamma(x):.10g}", f"{math.erf(x):.10g}", f"{math.erfc(x):.10g}")
print(math.gamma(5), math.gamma(23), math.lgamma(1), math.lgamma(2), math.erf(0), math.erfc(0), math.erf(10), math.erfc(-10))
