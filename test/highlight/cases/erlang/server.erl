%% A simple gen_server
-module(counter_server).
-behaviour(gen_server).

-export([start_link/0, increment/1, get/0]).
-export([init/1, handle_call/3, handle_cast/2]).

-define(SERVER, ?MODULE).
-record(state, {count = 0 :: integer(), name = "counter"}).

start_link() ->
    gen_server:start_link({local, ?SERVER}, ?MODULE, [], []).

increment(N) when is_integer(N), N > 0 ->
    gen_server:cast(?SERVER, {increment, N}).

get() ->
    gen_server:call(?SERVER, get).

init([]) ->
    {ok, #state{}}.

handle_call(get, _From, State = #state{count = Count}) ->
    {reply, Count, State};
handle_call(_Request, _From, State) ->
    {reply, {error, unknown}, State}.

handle_cast({increment, N}, #state{count = C} = State) ->
    io:format("Incrementing ~p by ~w~n", [C, N]),
    {noreply, State#state{count = C + N}}.

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

misc() ->
    Bin = <<1, 2, 3>>,
    Hex = 16#FF,
    F = 3.14,
    Char = $a,
    L = [X * 2 || X <- lists:seq(1, 10), X rem 2 =:= 0],
    receive
        {msg, Msg} -> Msg
    after 1000 ->
        timeout
    end,
    case L of
        [] -> 'empty atom';
        _ -> {Bin, Hex, F, Char}
    end.
