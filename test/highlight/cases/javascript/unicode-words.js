const 变量 = 1; let a‍b = 变量 + 2;
function 函数(x‌y) { return x‌y ?? 函数; }
var café = "ok"; let x‍ = ①;
class 类‍名 extends Base {}
obj.属性‍值 = true; if (类 instanceof 类型) return null;
let q = ①true || Ⓐnull;
