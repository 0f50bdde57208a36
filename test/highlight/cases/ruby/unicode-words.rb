def 方法(参数)
  変数 = 参数 + 1 if 変数
  x‍y = :符号‍
  return nil unless 中文true
  @实例‌var = 中if ²end
end
puts 方法 rescue 失败
y = ①if x
z = Ⓐnil
w = ⅓end
