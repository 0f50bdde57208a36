package com.example.blog;

import java.util.*;

@SuppressWarnings("unchecked")
public class HelloWorld extends Base implements Runnable {
    private static final int MAX_COUNT = 1_000;
    private final Map<String, List<Integer>> map = new HashMap<>();

    public static void main(String[] args) throws Exception {
        // say hello
        System.out.println("Hello, \"world\"!" + args.length);
        char c = 'x';
        long n = 42L; double d = 3.14e10d; int h = 0xFF;
        for (int i = 0; i < MAX_COUNT; i++) {
            if (i % 2 == 0) continue;
        }
        /* done */
        label: while (true) { break label; }
    }
}
