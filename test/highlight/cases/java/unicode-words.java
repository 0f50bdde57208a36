public class 类‍名 {
  private int 变量‌值 = 1;
  public void 方法() { return new 对象‍(); }
  @注解‍ int x;
}
