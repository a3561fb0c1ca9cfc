// A hand-written (not generated) GCD unit, used by the README's 'forge sim' example.
// Euclid by subtraction: load a and b with start, busy while running, done for one cycle
// with the result in result.
`default_nettype none

module gcd (
    input  wire        clk,
    input  wire        rst,
    input  wire        start,
    input  wire [15:0] a,
    input  wire [15:0] b,
    output reg         busy,
    output reg         done,
    output reg  [15:0] result
);
    reg [15:0] x;
    reg [15:0] y;

    always @(posedge clk) begin
        done <= 1'b0;
        if (rst) begin
            busy <= 1'b0;
            x <= 16'd0;
            y <= 16'd0;
            result <= 16'd0;
        end else if (!busy) begin
            if (start) begin
                x <= a;
                y <= b;
                busy <= 1'b1;
            end
        end else if (y == 16'd0) begin
            result <= x;
            busy <= 1'b0;
            done <= 1'b1;
        end else if (x >= y) begin
            x <= x - y;
        end else begin
            x <= y;
            y <= x;
        end
    end
endmodule

`default_nettype wire
