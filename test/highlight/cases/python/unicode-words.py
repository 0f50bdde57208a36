def 函数(参数):
    if 参数 and not 中文None:
        return 参数‍x
    变量 = lambda x‌: x
class 类‍名(object): pass
print(True²)
if ①True: ⒶNone
