# A tiny word counter and HTTP-ish responder in Janet
(import spork/json :as json)

(def- stop-words @{"a" true "an" true "the" true})
(var total 0)

(defn tokenize
  "Split a string into lowercase words."
  [text]
  (->> (string/split " " text)
       (map string/ascii-lower)
       (filter |(not (or (empty? $) (get stop-words $))))))

(defn count-words [words]
  (def counts @{})
  (each w words
    (++ total)
    (put counts w (inc (get counts w 0))))
  counts)

(defmacro with-timing [& body]
  ~(let [start (os/clock)]
     ,;body
     (printf "took %.3f s" (- (os/clock) start))))

(defn top [counts n]
  (take n (sort-by |(- (get counts $)) (keys counts))))

(def grammar
  (peg/compile
    '{:ws (set " \t\n")
      :word (some (range "az" "AZ"))
      :main (any (+ (capture :word) :ws 1))}))

(defn respond [status body]
  (string "HTTP/1.1 " status "\r\n"
          "Content-Length: " (length body) "\r\n\r\n" body))

(with-timing
  (def text ``The quick brown fox
jumps over the lazy dog, the end.``)
  (def counts (count-words (tokenize text)))
  (pp (top counts 3))
  (print (respond 200 (json/encode counts)))
  (print :done 0x1F 1.5e3 16rFF -0.25 (quote (a b c))))

(match (peg/match grammar "hello world")
  @["hello" w] (print "second word: " w)
  _ (eprint "no match\u00e9"))
