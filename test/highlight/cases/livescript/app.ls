#!/usr/bin/env lsc
# A todo list server in LiveScript
require! {
  express
  'body-parser': body-parser
  fs: { read-file-sync, write-file }
}
{ map, filter, sort-by, reverse } = require 'prelude-ls'

const PORT = process.env.PORT or 3000
todos = <[ shopping cooking cleaning ]> |> map (name) -> { name, done: no }

class Store
  (@path, @items = []) ->
  load: ->
    @items = JSON.parse read-file-sync @path, \utf8
    this
  save: !(cb) ->
    write-file @path, JSON.stringify(@items), cb
  count: -> @items.length
  done: -> @items |> filter (.done)

store = new Store './todos.json'
app = express!
app.use body-parser.json!

app.get '/todos' (req, res) !->
  sorted = store.items |> sort-by (.name) |> reverse
  res.json sorted

app.post '/todos' (req, res) ~>
  unless req.body?.name
    return res.status 400 .send "name required"
  store.items.push name: req.body.name, done: false
  store.save -> res.json store.count!

validate = (s) -> s is /^[a-z-]+$/i and s.length < 0x40
for item, i in store.items
  continue unless item.done
  console.log "#{i}: #item.name is done (#{item.name.to-upper-case!})"

status = switch
  | store.count! is 0 => 'empty'
  | store.count! > 10 => 'busy'
  | otherwise         => 'fine'

/* multi-line
   comment */
ratio = 3.5e2px / 100
pattern = //
  ^ \d+  # digits
  [a-z]* $
//g
text = '''
  a 'quoted' block
'''
app.listen PORT, -> console.log "listening on #PORT with #{todos.length} todos"
