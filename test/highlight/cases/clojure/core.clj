(ns my-app.core
  (:require [clojure.string :as str]
            [clojure.set :refer [union]])
  (:import (java.util Date)))

;; A comment
(def ^:private max-items 100)
(def pi-ish 3.14159)

(defn greet
  "Returns a greeting."
  [name & {:keys [excited?] :or {excited? false}}]
  (str "Hello, " name (if excited? "!" ".")))

(defmacro unless [test & body]
  `(if (not ~test) (do ~@body)))

(defn- parse-line [line]
  (let [[k v] (str/split line #"=")]
    {(keyword k) (Integer/parseInt v)}))

(defrecord Point [x y])

(->> (range 10)
     (filter even?)
     (map #(* % %))
     (reduce + 0))

(let [m {:a 1 :b 2 ::qualified 3}
      s #{1 2 3}
      v [\a \newline 0x1F -42]]
  (when (contains? m :a)
    (println (get m :a) 'sym (count s) v)))

(doseq [i (range 3)]
  (swap! (atom 0) inc))
