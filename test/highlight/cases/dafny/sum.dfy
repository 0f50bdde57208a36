// Verified sums and searches in Dafny
function Sum(s: seq<int>): int
  decreases |s|
{
  if |s| == 0 then 0 else s[0] + Sum(s[1..])
}

method ComputeSum(a: array<int>) returns (total: int)
  ensures total == Sum(a[..])
{
  total := 0;
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant total + Sum(a[i..]) == Sum(a[..])
  {
    total := total + a[i];
    i := i + 1;
  }
}

/* Binary search over a sorted array
   /* with a nested comment */ */
method BinarySearch(a: array<int>, key: int) returns (index: int)
  requires forall i, j :: 0 <= i < j < a.Length ==> a[i] <= a[j]
  ensures 0 <= index ==> index < a.Length && a[index] == key
  ensures index < 0 ==> forall k :: 0 <= k < a.Length ==> a[k] != key
{
  var lo, hi := 0, a.Length;
  while lo < hi
    invariant 0 <= lo <= hi <= a.Length
    decreases hi - lo
  {
    var mid := (lo + hi) / 2;
    if a[mid] < key { lo := mid + 1; }
    else if key < a[mid] { hi := mid; }
    else { return mid; }
  }
  return -1;
}

datatype Tree<T> = Leaf | Node(left: Tree<T>, value: T, right: Tree<T>)

predicate IsEven(n: nat) { n % 2 == 0 }

lemma EvenSquare(n: nat)
  requires IsEven(n)
  ensures IsEven(n * n)
{
}

class Counter {
  var count: bv8
  const name: string := "counter\n"
  ghost var history: seq<nat>
  constructor () { count := 0; history := []; }
}

method Main() {
  var arr := new int[3] [1, 2, 3];
  var s := ComputeSum(arr);
  print s, " ", 0x1F, " ", 0b1010, " ", 1_000.5, '\n', 'x', @"verbatim ""string""";
  assert s as real is real;
}
