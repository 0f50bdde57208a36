module Data.MyVect

import Data.Fin
import Data.List as L
import Control.Monad.State (get, put)

%default total
%access public export

||| Vectors: lists indexed by their length.
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

infixr 7 ::

{- A nested {- comment -} here -}
append : Vect n a -> Vect m a -> Vect (n + m) a
append []        ys = ys
append (x :: xs) ys = x :: append xs ys

index : Fin n -> Vect n a -> a
index FZ     (x :: xs) = x
index (FS k) (x :: xs) = index k xs

zipWith : (a -> b -> c) -> Vect n a -> Vect n b -> Vect n c
zipWith f [] [] = []
zipWith f (x :: xs) (y :: ys) = f x y :: zipWith f xs ys

interface Shape a where
  area : a -> Double

record Person where
  constructor MkPerson
  name : String
  age  : Nat

greet : Person -> IO ()
greet p = do
  putStrLn $ "Hello, " ++ name p ++ "!\n"
  let years = show (age p)
  if age p > 17 then putStrLn ("adult, " ++ years) else pure ()
  case lookup 'x' [('x', 0x1F), ('y', 0o17)] of
    Just v  => printLn (cast v * 1.5e2)
    Nothing => putStrLn "none\t\SOH\^A"

main : IO ()
main = do
  greet (MkPerson "Ada" 36)
  map (\x => x * 2) [1, 2, 3] `seq` pure ()
  printLn $ sum (toList (append [1, 2] [3]))
