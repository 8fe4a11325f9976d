# __name__ is '__main__' for the script; importing the script by its file name runs it again.
import sys
print('running as', __name__)
if __name__ == '__main__':
    import imp_main_name
    print(imp_main_name.__name__, imp_main_name is sys.modules['__main__'])
    import __main__
    print(__main__ is sys.modules['__main__'], __main__.__name__)
    print(sys.modules['imp_main_name'].VALUE)
VALUE = 'value of ' + __name__
