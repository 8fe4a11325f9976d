# math errors with CPython's exception types and messages.
import math

inf, nan = math.inf, math.nan
tests = [
    "math.factorial(5.0)", "math.factorial(-1)", "math.factorial(2**70)", "math.comb(5.5, 2)", "math.comb(-1, 2)",
    "math.comb(5, -1)", "math.perm(5, -1)", "math.perm(-5)", "math.comb(2**70, 2**69)", "math.isqrt(-1)",
    "math.isqrt(2.0)", "math.gcd(2.0)", "math.lcm(1.5)", "math.sqrt(-1)", "math.log(0)", "math.log(-1)",
    "math.log(10, 1)", "math.log(10, 0)", "math.log(0, 10)", "math.exp(1000)", "math.exp(inf)", "math.sin(inf)",
    "math.cos(-inf)", "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(10, 400)", "math.fmod(1, 0)",
    "math.fmod(inf, 1)", "math.ldexp(1.0, 2000)", "math.ldexp(1.0, -2000)", "math.ldexp(1.0, 2**70)",
    "math.ldexp(1.0, 2.5)", "math.acosh(0)", "math.atanh(1)", "math.asin(2)", "math.gamma(0)", "math.gamma(-1)",
    "math.gamma(200)", "math.gamma(-inf)", "math.lgamma(0)", "math.lgamma(-2)", "math.lgamma(inf)", "math.cosh(1000)",
    "math.sinh(-1000)", "math.fsum([1e308, 1e308])", "math.fsum([inf, -inf])", "math.fsum([nan, 1])",
    "math.remainder(1, 0)", "math.remainder(inf, 1)", "math.dist([1], [1, 2])", "math.hypot('a')", "math.sqrt('x')",
    "math.floor('x')", "math.trunc('x')", "math.ceil(inf)", "math.floor(nan)", "math.isclose(1, 1, rel_tol=-1)",
    "math.isclose(1)", "math.log1p(-1)", "math.log1p(-2)", "math.log2(0)", "math.log10(-1)", "math.expm1(1000)",
    "math.exp2(2000)", "math.ulp(nan)", "math.nextafter(1)", "math.sqrt(10**400)", "math.sqrt()", "math.sqrt(1, 2)",
    "math.log()", "math.comb(10)", "math.perm(1, 2, 3)", "math.prod()", "math.fsum(5)", "math.pow(1)",
    "math.atan2(1)", "math.hypot(inf, nan)", "math.hypot(nan, 1)", "math.sqrt(nan)", "math.exp(-inf)",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
