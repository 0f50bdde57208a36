// 注释
object 鸟 {
  var 能量 = 100
  const 名字 = "小鸟"
  method 飞() { if (能量 > 0 and not 中) return new 鸟() else super() }
  method 吃(量) { 能量 = 能量 + 量 or中 var中 }
}
