;; Factorial and friends
(define (factorial n)
  (if (= n 0)
      1
      (* n (factorial (- n 1)))))

(define-syntax swap!
  (syntax-rules ()
    ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))

(define (sum-list lst)
  (cond ((null? lst) 0)
        (else (+ (car lst) (sum-list (cdr lst))))))

(let loop ((i 0))
  (when (< i 5)
    (display i)
    (newline)
    (loop (+ i 1))))

(define v (vector 1 2.5 #x1F #b101 #t #f))
(define s "a \"string\"")
(define c #\a)
(display (map (lambda (x) (* x x)) '(1 2 3)))
(call-with-current-continuation (lambda (k) (k 'done)))
`(1 ,(+ 1 1) ,@(list 3 4))
[vector-ref v 0]
