class AppError(Exception):
    pass
def run():
    raise AppError('something went wrong')
run()
