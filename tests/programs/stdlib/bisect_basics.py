import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 5, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 2, lo=4), bisect_right(a, 8, hi=4))
print(bisect_left(a, 2, 5, 2), bisect_right(a, 9, 3, -1), bisect_left(a, 0, hi=-5))
print(bisect_left([], 1), bisect_right([], 1), bisect_left(a, 2.5), bisect_right(a, 1.0))
print(bisect.bisect is bisect_right, bisect.insort is insort_right)
print(bisect_left(a, 3, True), bisect_right(a, 3, False, 6))

grades = 'FDCBA'
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, score)] for score in [33, 99, 77, 70, 89, 90, 100]])

words = ['apple', 'cherry', 'fig']
insort_left(words, 'banana')
insort_right(words, 'date')
bisect.insort(words, 'aardvark')
bisect.insort(words, 'zucchini', 2)
print(words)
nums = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(nums, v)
print(nums)


class Tagged:
    def __init__(self, key, tag):
        self.key = key
        self.tag = tag

    def __lt__(self, other):
        print('  %r < %r' % (self, other))
        return self.key < other.key

    def __repr__(self):
        return '%d%s' % (self.key, self.tag)


row = [Tagged(k, 'abcdefgh'[i]) for i, k in enumerate([1, 2, 2, 4, 4, 4, 7, 9])]
print('left', bisect_left(row, Tagged(4, 'x')))
print('right', bisect_right(row, Tagged(4, 'x')))
insort_left(row, Tagged(2, 'L'))
insort_right(row, Tagged(2, 'R'))
print(row)


class Log(list):
    def insert(self, index, item):
        print('insert', index, item)
        list.insert(self, index, item)


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print('  getitem', i)
        return self.items[i]

    def insert(self, i, x):
        print('  Seq.insert', i, x)
        self.items.insert(i, x)


log = Log([1, 3, 5])
bisect.insort(log, 4)
insort_left(log, 1)
print(log)
seq = Seq([10, 20, 30, 40])
print(bisect_left(seq, 25))
bisect.insort(seq, 35)
print(seq.items)
print(bisect_right((1, 2, 3), 2), bisect_left('acez', 'd'), bisect_right(range(0, 100, 5), 42))

attempt('lo negative', lambda: bisect_left(a, 1, -1))
attempt('insort lo negative', lambda: insort_right([], 1, -3))
attempt('hi None', lambda: bisect_right(a, 1, 0, None))
attempt('lo float', lambda: bisect_right(a, 1, 1.0))
attempt('lo str', lambda: bisect_left(a, 1, lo='1'))
attempt('hi float', lambda: bisect_left(a, 1, 0, 2.5))
attempt('lo huge', lambda: bisect_left(a, 1, 2 ** 70))
attempt('hi past end', lambda: bisect_left(a, 9, 0, 10))
attempt('no len', lambda: bisect_right(5, 1))
attempt('tuple insort', lambda: bisect.insort((1, 2), 1))
attempt('mixed', lambda: bisect_left([1, 2, 3], 'a'))
