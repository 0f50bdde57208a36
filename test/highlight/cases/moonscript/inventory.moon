#!/usr/bin/env moon
-- A small inventory module written in MoonScript
import insert, concat from table
import floor from math

class Item
  new: (@name, @price = 0, @count = 1) =>
    @id = Item.next_id!
    Item.count += 1

  @count: 0
  @next_id: -> Item.count + 1

  total: => @price * @count

  __tostring: => "#{@name} x#{@count} (#{string.format "%.2f", @total!})"

class Inventory extends Item
  new: (...) =>
    super ...
    @items = {}

  add: (item) =>
    insert @items, item
    self

  remove: (name) =>
    for i, item in ipairs @items
      if item.name == name
        table.remove @items, i
        return true
    false

  value: =>
    sum = 0
    sum += item\total! for item in *@items
    floor sum * 100 / 100

  names: => concat [item.name for item in *@items when item.count > 0], ", "

--[[ long strings
are heredocs ]]
text = [==[
  raw [[text]] here
]==]

inv = Inventory "store"
inv\add(Item "apple", 0.5, 12)\add Item "pear", 0.75, 3
print inv\names!
print "value: #{inv\value!}", 'single #{no}'
export config = { debug: false, limit: 0x1F, ratio: 1.5e3, :text }
unless inv\remove "kiwi"
  print "no kiwi", nil, not true and 1 or 2
switch inv.count
  when 0 then print "empty"
  else print "items: " .. #inv.items
