class AppError(Exception):
    default = 'application error'
    def __init__(self, msg=None):
        super().__init__(msg or self.default)
class NotFound(AppError):
    default = 'not found'
class Forbidden(AppError):
    pass
def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return 'NotFound: ' + str(e)
    except AppError as e:
        return f'{type(e).__name__}: {e}'
for e in [NotFound(), NotFound('user 7'), Forbidden(), AppError('boom')]:
    print(handle(e))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
