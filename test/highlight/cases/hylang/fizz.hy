;; FizzBuzz and friends in Hy
(import os sys)
(import [collections [defaultdict Counter]])
(require [hy.contrib.walk [let]])

(defn fizzbuzz [n]
  "Return the FizzBuzz word for n."
  (cond [(= 0 (% n 15)) "FizzBuzz"]
        [(= 0 (% n 3)) "Fizz"]
        [(= 0 (% n 5)) "Buzz"]
        [True (str n)]))

(defclass Point [object]
  (defn __init__ [self x y]
    (setv self.x x
          self.y y))
  (defn distance [self other]
    (** (+ (** (- self.x other.x) 2)
           (** (- self.y other.y) 2))
        0.5)))

(defmacro unless* [test &rest body]
  `(if (not ~test) (do ~@body)))

(setv counts (Counter))
(for [word (.split "the quick brown the lazy the")]
  (+= (get counts word) 1))

(setv squares (list-comp (* x x) [x (range 10)] (even? x)))
(print (fizzbuzz 15) (fizzbuzz -7) 3.14 0x1F)
(print (:name {:name "hy" :version "0.20"}))
(setv p (Point 1 2))
(print (.distance p (Point 4 6)))
(unless* (empty? squares)
  (print "first:" (first squares) 'sym \newline))
(try
  (/ 1 0)
  (except [e ZeroDivisionError]
    (print "caught" e))
  (finally (print "done")))
(with [f (open "out.txt" "w")]
  (.write f (.join "\n" (map str squares))))
(defmain [&rest args]
  (lambda [x] (inc x))
  (->> args (filter none?) list))
