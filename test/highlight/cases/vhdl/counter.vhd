-- A simple 8-bit counter
library IEEE;
use IEEE.STD_LOGIC_1164.ALL;
use IEEE.NUMERIC_STD.ALL;

entity Counter is
    generic (WIDTH : natural := 8);
    port (
        clk    : in  std_logic;
        reset  : in  std_logic;
        enable : in  std_logic;
        count  : out std_logic_vector(WIDTH - 1 downto 0)
    );
end entity Counter;

architecture Behavioral of Counter is
    signal value : unsigned(WIDTH - 1 downto 0) := (others => '0');
    constant MAX : integer := 255;
begin
    process (clk, reset)
    begin
        if reset = '1' then
            value <= (others => '0');
        elsif rising_edge(clk) then
            if enable = '1' and value /= to_unsigned(MAX, WIDTH) then
                value <= value + 1;
            end if;
        end if;
    end process;
    count <= std_logic_vector(value);
    assert WIDTH > 0 report "bad width" severity error;
    data <= x"FF" when sel'event else b"1010";
end architecture Behavioral;
