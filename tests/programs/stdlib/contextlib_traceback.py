# An exception that passes through @contextmanager generators, and the exit callbacks of an
# ExitStack, is re-raised by the with statement with its own traceback: the one printed
# shows the program's frames only.
from contextlib import contextmanager, ExitStack


@contextmanager
def transaction(name):
    print('begin', name)
    try:
        yield name
    except KeyError as e:
        print('rollback', name, repr(e))
        raise
    finally:
        print('end', name)


def lookup(table, key):
    with transaction('lookup'):
        return table[key]


def caught():
    try:
        lookup({}, 'missing')
    except KeyError as e:
        print('caught', repr(e))


def update(table):
    with ExitStack() as stack:
        stack.enter_context(transaction('outer'))
        stack.callback(print, 'callback ran')
        with transaction('inner'):
            try:
                table['x'] += 1
            except KeyError:
                lookup(table, 'y')


caught()
update({})
