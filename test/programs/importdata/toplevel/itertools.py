print('this file must never be imported: itertools is built in')
