implementation module Queue

/** A functional queue of two lists.
 * @param a the element type
 */
import StdEnv
from Data.Maybe import :: Maybe(..)

:: Queue a = { front :: [a], back :: [a] }

// An empty queue
empty :: Queue a
empty = { front = [], back = [] }

push :: a (Queue a) -> Queue a
push x q = { q & back = [x:q.back] }

pop :: (Queue a) -> Maybe (a, Queue a)
pop { front = [x:xs], back } = Just (x, { front = xs, back = back })
pop { front = [], back = [] } = Nothing
pop { back } = pop { front = reverse back, back = [] }

/* nested /* comment */ here */
size :: (Queue a) -> Int
size q = length q.front + length q.back

isEven :: !Int -> Bool
isEven n
	| n rem 2 == 0 = True
	| otherwise    = False

hello :: String
hello = "Hello,\tworld\n"

chars :: [Char]
chars = ['abc']

fastAdd :: !Int !Int -> Int
fastAdd a b = code inline {
	addI
	| pushes the sum
}

Start = (size (push 1 (push 2 empty)), isEven 42, 3.14E2, 0x1F, 017, 'x', hello)
