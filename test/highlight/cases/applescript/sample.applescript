-- Rename selected files in Finder
(* a block
   comment *)
property prefix : "IMG_"
global counter

on run
	set counter to 0
	tell application "Finder"
		set theFiles to selection as alias list
		repeat with aFile in theFiles
			set oldName to name of aFile
			if oldName does not start with prefix then
				set name of aFile to prefix & oldName
				set counter to counter + 1
			end if
		end repeat
	end tell
	display dialog "Renamed " & counter & " files" buttons {"OK"} default button 1
end run

on addNumbers(a, b)
	return a + b
end addNumbers

set theDate to current date
set x to 3.14 * 2
set theList to {1, 2, 3}
if x is greater than 5 and x ≤ 10 then
	log "in range"
end if
try
	do shell script "ls -l ~/Desktop"
on error errMsg number errNum
	display alert "Error " & errNum
end try
set y to count of words of "hello world"
