const std = @import("std");
const mem = std.mem;

/// A point in 2D space.
const Point = struct {
    x: f32,
    y: f32 = 0.0,

    pub fn length(self: Point) f32 {
        return @sqrt(self.x * self.x + self.y * self.y);
    }
};

const Color = enum(u8) { red, green, blue };

pub fn main() !void {
    const stdout = std.io.getStdOut().writer();
    var list = std.ArrayList(i32).init(std.heap.page_allocator);
    defer list.deinit();

    var i: usize = 0;
    while (i < 10) : (i += 1) {
        try list.append(@intCast(i32, i * 2));
    }
    for (list.items) |item, idx| {
        if (item % 4 == 0) continue;
        try stdout.print("{d}: {d}\n", .{ idx, item });
    }
    const p = Point{ .x = 3.0, .y = 4.0e0 };
    const hex = 0xFF_FF;
    const bin = 0b1010;
    const c = 'a';
    const nl = '\n';
    const s = "tab\there \u{1F600}";
    _ = hex + bin + c + nl;
    std.debug.assert(p.length() == 5.0);
    const result = switch (Color.red) {
        .red => "r",
        else => "other",
    };
    _ = result;
    _ = s;
    unreachable;
}

test "point length" {
    try std.testing.expectEqual(@as(f32, 5.0), (Point{ .x = 3, .y = 4 }).length());
}
