#tag Window
Begin Window Window1
   Title = "Inventory"
   Width = 600
End
#tag EndWindow

#tag WindowCode
	#tag Event
		Sub Open()
		  ' Fill the list when the window opens
		  Dim items() As String = Array("apple", "pear", "plum")
		  For Each item As String In items
		    ListBox1.AddRow(item)
		  Next
		  Total = 0
		End Sub
	#tag EndEvent

	#tag Method, Flags = &h0
		Function Average(values() As Double) As Double
		  // compute the mean
		  If values.Ubound < 0 Then Return 0.0
		  Dim sum As Double
		  For i As Integer = 0 To values.Ubound
		    sum = sum + values(i)
		  Next
		  Return sum / (values.Ubound + 1)
		End Function
	#tag EndMethod

	#tag Note, Name = About
		This window shows the inventory.
	#tag EndNote

	#tag Property, Flags = &h21
		Private Total As Integer
	#tag EndProperty
#tag EndWindowCode

Sub Check(x As Integer)
  Rem old style comment
  Select Case x
  Case 1
    MsgBox "one"
  Case Else
    If x Mod 2 = 0 And Not (x < 0) Then
      x = x * &hFF + &o17 - 1.5
    End If
  End Select
End Sub
