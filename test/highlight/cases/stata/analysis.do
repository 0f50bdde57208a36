* Analysis of the auto dataset
*! version 1.0.0
clear all
set more off
sysuse auto, clear

// summary statistics
summarize price mpg weight
tabulate foreign, missing

/* generate new variables */
generate price_k = price / 1000
gen log_price = ln(price)
replace mpg = . if mpg < 0
label variable price_k "Price (thousands)"

local controls "weight length"
global outdir "results"
foreach v of varlist price mpg {
    quietly summarize `v', detail
    display "`v': mean = " r(mean) ", sd = " r(sd)
}

forvalues i = 1/5 {
    display `i' * 2.5e1
}

regress price mpg `controls' i.foreign, robust
estimates store m1
predict yhat, xb
graph twoway scatter price mpg || lfit price mpg
save "$outdir/auto_clean.dta", replace
