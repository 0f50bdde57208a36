program BubbleSort;
{ A simple bubble sort demo }
uses SysUtils, Classes;

const
  N = 10;
  Pi2 = 6.283185;
  Mask = $FF;

type
  TIntArray = array[1..N] of Integer;
  PNode = ^TNode;
  TNode = record
    Value: LongInt;
    Next: PNode;
  end;

var
  A: TIntArray;
  I, J, Tmp: Integer;
  Name: string;
  Done: Boolean;

(* swap two integers *)
procedure Swap(var X, Y: Integer);
var
  T: Integer;
begin
  T := X;
  X := Y;
  Y := T;
end;

function Sum(const Arr: TIntArray): Int64;
var
  K: Integer;
begin
  Result := 0;
  for K := Low(Arr) to High(Arr) do
    Result := Result + Arr[K];
end;

begin
  Randomize;
  for I := 1 to N do
    A[I] := Random(100);
  // sort
  repeat
    Done := True;
    for J := 1 to N - 1 do
      if A[J] > A[J + 1] then
      begin
        Swap(A[J], A[J + 1]);
        Done := False;
      end;
  until Done;
  Name := 'It''s sorted';
  WriteLn(Name, ': ', Sum(A), ' ', 1.5e3, ' ', nil = nil);
  if (Tmp mod 2 = 0) and not Done then Exit;
end.
