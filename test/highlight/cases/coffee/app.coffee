# A small CoffeeScript module
###
Block comment
###
class Animal extends Base
  constructor: (@name, options = {}) ->
    super()
    @legs = options.legs ? 4

  speak: (sound = "...") =>
    console.log "#{@name} says #{sound}!"

  @create: (name) -> new Animal(name)

square = (x) -> x * x
cube   = (x) -> square(x) * x
numbers = [1..10]
evens = (n for n in numbers when n % 2 is 0)
pattern = /^[a-z]+\d*$/i
multi = ///
  ^ \d+   # digits
  (\.\d+)? # decimals
///g

if evens.length > 3 and not done
  alert 'many'
else unless yes
  alert "none"

obj =
  key: 'value'
  nested:
    pi: 3.14
    hex: 0xFF

try
  JSON.parse text
catch err
  console.error err.message
finally
  cleanup?()

message = """
  Multi-line #{obj.key}
  string
"""
raw = '''single #{not} interpolated'''
total = numbers.reduce ((a, b) -> a + b), 0
x = a / b / c
