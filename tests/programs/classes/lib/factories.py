"""Classes made at run time by this module's code: they belong to this module."""
import sys
from collections import namedtuple

Point = namedtuple('Point', 'x y')
Plain = type('Plain', (), {'kind': 'plain'})
Labelled = namedtuple('Labelled', 'name', module='elsewhere')


def make_class(name):
    return type(name, (object,), {})


def make_record(name, fields):
    return namedtuple(name, fields)


def frame_module(depth):
    return sys._getframe(depth).f_globals['__name__']


def frame_code_name():
    return sys._getframe().f_code.co_name


def record_in_generator():
    yield namedtuple('Yielded', 'a')
