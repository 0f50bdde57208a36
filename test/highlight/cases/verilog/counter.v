// 4-bit counter with synchronous reset
`timescale 1ns / 1ps
`define WIDTH 4

module counter #(parameter WIDTH = `WIDTH) (
    input  wire             clk,
    input  wire             reset,
    input  wire             enable,
    output reg [WIDTH-1:0]  count
);

    /* the counting process */
    always @(posedge clk) begin
        if (reset)
            count <= {WIDTH{1'b0}};
        else if (enable)
            count <= count + 1'b1;
    end

    wire [7:0] mask = 8'hFF;
    wire [3:0] pattern = 4'b10x1;
    integer i;
    real ratio = 0.5e-3;

    initial begin
        $display("Counter width: %d", WIDTH);
        for (i = 0; i < 10; i = i + 1) begin
            #10 $display("count = %h", count);
        end
        $finish;
    end
endmodule
