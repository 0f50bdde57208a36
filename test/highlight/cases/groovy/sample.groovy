package com.example.app

import groovy.json.JsonSlurper
import java.util.concurrent.*

/**
 * A small Groovy class.
 */
@CompileStatic
class Greeter implements Serializable {
    private static final String PREFIX = "Hello"
    String name
    int count = 0

    public String greet(String who) {
        count++
        return "${PREFIX}, ${who}! (#$count)"
    }

    def static parse(String text) {
        def slurper = new JsonSlurper()
        return slurper.parseText(text)
    }
}

def list = [1, 2, 3, 4.5, 0x1F, 10L]
def map = [name: 'Groovy', version: 4.0]
def pattern = ~/[a-z]+\d*/
def slashy = /C:\path\to\file/
def dollar = $/multi
line $$ slashy/$
def multi = """
    A multi-line
    string with ${map.name}
"""
def single = '''raw
text'''
char c = 'x'

list.each { item ->
    if (item instanceof Integer && item > 2) {
        println "big: $item"
    } else {
        println 'small'
    }
}

try {
    assert map.version == 4.0
} catch (AssertionError e) {
    throw new RuntimeException(e)
} finally {
    println "done"
}
// end
