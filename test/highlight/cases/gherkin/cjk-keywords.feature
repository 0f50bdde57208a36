# 这是一个注释
功能: 登录
  场景: 用户登录
    假如 用户打开页面
    当 用户输入"密码"
    那么 页面显示 你好
    而且 跳转到 首页
    但是 不显示 错误
    并且<参数>中文
Fonctionnalité: connexion 中文
  Scénario: première
    Soit un utilisateur « 你好 »
    Et qu'il se connecte
    Et qu'中文
    Sachant qu'il existe
    Étant donné qu'il a un compte
    Lorsqu'il part
    Lorsque中 il part
    Alors il voit 成功
Функция: вход
  Сценарий: 登录
    Допустим пользователь 你好
    Если он вводит пароль
    То он видит 成功
