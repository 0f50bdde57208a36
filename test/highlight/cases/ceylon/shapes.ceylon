import ceylon.collection { ArrayList, HashMap }
import ceylon.math.float { sqrt, pi }

"A shape with an area."
shared interface Shape {
    shared formal Float area;
    shared default String describe() => "shape of area ``area``";
}

"A circle."
by ("Ada")
shared class Circle(Float radius) satisfies Shape {
    shared actual Float area => pi * radius * radius;
}

shared class Rectangle(shared Float width, shared Float height)
        satisfies Shape {
    area => width * height;
    string => "Rectangle(``width``, ``height``)";
}

shared abstract class Animal(String name) of Dog | Cat {}
shared class Dog() extends Animal("dog") {}
shared class Cat() extends Animal("cat") {}

shared void run() {
    value shapes = ArrayList<Shape> {
        Circle(1.5), Rectangle(2.0, 3.0)
    };
    variable Float total = 0.0;
    for (shape in shapes) {
        total += shape.area;
        print(shape.describe());
    }
    // a comment
    value counts = HashMap<String, Integer>();
    counts.put("big", 1_000_000);
    counts.put("hex", #FF_FF);
    counts.put("bin", $1010_1010);
    Integer? maybe = counts["big"];
    if (exists maybe, maybe > 10k) {
        print("big: ``maybe``");
    }
    else {
        print('x');
    }
    switch (shapes.size)
    case (0) { print("none"); }
    else { print(1.5e3 + 2.25m); }
    try {
        assert (is Circle first = shapes.first);
    } catch (AssertionError e) {
        throw Exception("not a circle", e);
    }
    object logger {
        shared void log(String msg) => print(msg);
    }
    logger.log(total.string);
}
