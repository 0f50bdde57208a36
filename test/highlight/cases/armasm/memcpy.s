; Simple memory copy routine for ARM
#include "config.h"
        AREA    |.text|, CODE, READONLY, ALIGN=2
        THUMB
        EXPORT  memcpy_words
        GET     macros.s

        MACRO
$label  LOADW   $reg, $addr
$label  LDR     $reg, =$addr
        MEND

; r0 = destination, r1 = source, r2 = word count
memcpy_words PROC
        PUSH    {r4-r7, lr}
        CMP     r2, #0
        BEQ     done
loop    LDMIA   r1!, {r4}
        STMIA   r0!, {r4}
        SUBS    r2, r2, #1
        BNE     loop
        ADD     r3, r3, r4, LSL #2
        MOV.W   r5, #0x1F
        VADD.F32 s0, s1, s2
done    POP     {r4-r7, pc}
        ENDP

table   DCD     0x12345678, &FF, 2_1010, 1.5e3
        DCB     "Hello, $$world", 0
        DCB     'A', 'B'
        ALIGN   4
size    EQU     . - table
        ASSERT  size :AND: 3 = 0
        IF {CONFIG} = 32
        ldr     r0, [r1, #4]
        ENDIF
        END
