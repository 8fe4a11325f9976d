# contextlib: contextmanager (normal exit, exceptions thrown in, suppression, misuse errors,
# use as a decorator), suppress, closing, nullcontext, redirect_stdout/stderr, ExitStack.
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, redirect_stdout, redirect_stderr,
                        ExitStack, ContextDecorator, AbstractContextManager)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}['missing']
print("after swallow")
try:
    with swallow(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passed through:", e)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise RuntimeError("converted") from None


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    with converts():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__, e.__suppress_context__)


@contextmanager
def stop_inside():
    yield


try:
    with stop_inside():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration propagated:", e)


@tag("decorated")
def work(x):
    print("working", x)
    return x * 2


print(work(21))
print(work(1))


class Timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop", exc[0].__name__ if exc[0] else None)
        return False


@Timer()
def job():
    print("job")


job()
print(job.__name__)

with suppress(FileNotFoundError, KeyError):
    {}['x']
    print("not reached")
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with suppress():
    pass


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


buf = Buffer()
with redirect_stdout(buf) as target:
    print("captured")
    print("twice")
print(repr(buf.getvalue()), target is buf)
err = Buffer()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback", 1, sep="-")
    print(names)

with ExitStack() as stack:
    stack.push(lambda *exc: print("pushed exit", exc[0]))
    stack.enter_context(suppress(ValueError))
    raise ValueError("hidden")
print("ExitStack suppressed")


def fail(msg):
    raise KeyError(msg)


try:
    with ExitStack() as stack:
        stack.callback(fail, "first")
        stack.callback(fail, "second")
        raise IndexError("body")
except KeyError as e:
    print("KeyError", e, repr(e.__context__), repr(e.__context__.__context__))

with ExitStack() as outer:
    outer.callback(print, "moved callback ran")
    saved = outer.pop_all()
print("outer closed")
saved.close()
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)

print(isinstance(tag("x"), AbstractContextManager), isinstance(suppress(), AbstractContextManager),
      isinstance(len, AbstractContextManager), issubclass(ExitStack, AbstractContextManager))


class Custom(AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Custom() as c:
    print(type(c).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)
